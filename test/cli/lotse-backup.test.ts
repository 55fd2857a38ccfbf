// lotse backup FILE [--force]: the command's messages and exit codes (the copy itself is tested
// with the service, test/services/network-admin/backup-database.test.ts).
import { randomUUID } from "node:crypto";
import { rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { runLotseOn } from "./lotse-harness";

let db: TestDatabase;
let dir: string;
beforeEach(async () => {
  db = await createTestDatabase();
  dir = path.join(path.dirname(db.filePath), `backup-${randomUUID()}`);
});
afterEach(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

describe("lotse backup", () => {
  it("writes the copy and says where and how large, refuses to overwrite without --force", async () => {
    const file = path.join(dir, "sicherung.db");

    const first = await runLotseOn(db, ["backup", file]);

    expect(first.code).toBe(0);
    const size = (await stat(file)).size;
    expect(first.out).toBe(`Sicherung geschrieben: ${file} (${new Intl.NumberFormat("de", { maximumFractionDigits: 1 }).format(size / 1024)} KB).`);

    await writeFile(file, "");
    expect(await runLotseOn(db, ["backup", file])).toEqual({ code: 1, out: "", err: `Die Datei ${file} gibt es schon. Mit --force wird sie überschrieben.` });
    expect((await stat(file)).size).toBe(0);

    expect((await runLotseOn(db, ["backup", file, "--force"])).code).toBe(0);
    expect((await stat(file)).size).toBe(size);
  });

  it("exits with 1 when there is no database to copy", async () => {
    const missing = path.join(dir, "fehlt.db");
    const run = await runLotseOn({ databaseUrl: pathToFileURL(missing).href }, ["--lang", "en", "backup", path.join(dir, "copy.db")]);
    expect(run).toEqual({ code: 1, out: "", err: `The database ${missing} does not exist (check DATABASE_URL).` });
  });
});
