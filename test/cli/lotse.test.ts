// The lotse shell: German help by default and English with --lang en, commander's headings and
// errors in the language of the messages, exit codes 0 (done) and 2 (wrong usage). One test starts
// the real program; the others call runLotse in-process.
import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/db";
import { runLotseOn } from "./lotse-harness";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

const lotse = (...args: string[]) => runLotseOn(db, args);

describe("lotse --help", () => {
  it("is German by default: headings, commands, examples and the help option", async () => {
    const { code, out, err } = await lotse("--help");

    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toMatch(/^Aufruf: lotse \[optionen\] \[befehl\]/);
    for (const heading of ["Optionen:", "Befehle:", "Beispiele:"]) expect(out).toContain(heading);
    for (const command of ["list", "show <slug>", "pause <slug>", "resume <slug>", "coordinator", "stats", "backup", "help [befehl]"]) expect(out).toContain(command);
    expect(out).toContain("Hilfe zu diesem Befehl anzeigen");
    expect(out).toMatch(/\(Auswahl:\s+"de",\s+"en",\s+Vorgabe:\s+"de"\)/);
    expect(out).not.toMatch(/Usage|Options:|Commands:|display help/);
  });

  it("is English with --lang en, before or after the command", async () => {
    const { code, out } = await lotse("--lang", "en", "--help");
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: lotse \[options\] \[command\]/);
    expect(out).toContain("Commands:");
    expect(out).toContain("show help for this command");

    const sub = await lotse("list", "--help", "--lang=en");
    expect(sub.code).toBe(0);
    expect(sub.out).toContain("only offers whose last day (valid until) has passed");
  });

  it("shows a command's help with `help <command>` and `<command> --help`", async () => {
    const viaHelp = await lotse("help", "stats");
    const viaOption = await lotse("stats", "--help");

    expect(viaHelp.code).toBe(0);
    expect(viaOption).toEqual(viaHelp);
    expect(viaHelp.out).toMatch(/^Aufruf: lotse stats \[optionen\]/);
    expect(viaHelp.out).toContain("--since <date>");
    expect(viaHelp.out).toContain("lotse stats --since 01.09.2026");
  });
});

describe("wrong usage", () => {
  it.each([
    [["lst"], "Fehler: Unbekannter Befehl „lst“. Meinten Sie list?"],
    [["list", "--orga", "mgh"], "Fehler: Unbekannte Option „--orga“. Meinten Sie --org?"],
    [["show"], "Fehler: Es fehlt die Angabe „slug“."],
    [["list", "--org"], "Fehler: Zur Option „--org <slug>“ fehlt der Wert."],
    [["coordinator", "add", "U0ABC123"], "Fehler: Die Option „--name <name>“ ist nötig."],
    [["show", "a", "b"], "Fehler: Zu viele Angaben: erwartet 1, erhalten 2."],
    [["--lang", "fr", "list"], "Fehler: „fr“ ist für „--lang <lang>“ nicht möglich; erlaubt sind de, en."],
    [["stats", "--since", "31.02.2026"], "Fehler: „31.02.2026“ ist für „--since <date>“ nicht möglich: kein Datum"],
  ])("lotse %j exits with 2, the message and where to find help", async (args, message) => {
    const { code, out, err } = await lotse(...args);

    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(message);
    expect(err).toMatch(/\(Hilfe: lotse --help\)$/);
  });

  it("says it in English with --lang en", async () => {
    const { code, err } = await lotse("--lang", "en", "lst");
    expect(code).toBe(2);
    expect(err).toBe('Error: unknown command "lst". Did you mean list?\n(Help: lotse --help)');
  });

  it("shows the help on stderr when no command is given", async () => {
    const { code, out, err } = await lotse();
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("Befehle:");
  });
});

describe("the real program", () => {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const run = (file: string, args: string[]) =>
    promisify(execFile)(file, args, { cwd: root, env: { ...process.env, DATABASE_URL: db.databaseUrl } }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  it("runs through tsx and through `npm run lotse -- …`, with exit codes 0 and 2", async () => {
    const [help, wrong] = await Promise.all([
      run(path.join(root, "node_modules/.bin/tsx"), ["src/cli/lotse.ts", "--help"]),
      run(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "--silent", "lotse", "--", "lst"]),
    ]);

    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Aufruf: lotse/);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("Unbekannter Befehl „lst“");
  });
});
