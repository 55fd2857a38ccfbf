// Runs the lotse CLI in-process against a test database, capturing what it prints. The locale
// files are read once per worker: reading them takes longer than most commands.
import { fileURLToPath } from "node:url";
import { runLotse } from "../../src/cli/lotse";
import { loadTranslator, type Translator } from "../../src/i18n/translator";
import type { TestDatabase } from "../support/db";

export interface LotseRun {
  code: number;
  out: string;
  err: string;
}

let translator: Translator | undefined;

export async function runLotseOn(db: Pick<TestDatabase, "databaseUrl">, args: readonly string[], options: { now?: Date; env?: NodeJS.ProcessEnv } = {}): Promise<LotseRun> {
  translator ??= loadTranslator(fileURLToPath(new URL("../../locales", import.meta.url)));
  const out: string[] = [];
  const err: string[] = [];
  const now = options.now ?? new Date();
  const code = await runLotse(args, { DATABASE_URL: db.databaseUrl, ...options.env }, {
    io: { out: (text) => out.push(text), err: (text) => err.push(text), isTTY: false },
    now: () => now,
    translator,
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}
