// A database as an older release left it: migrated up to (and including) one migration, so a
// data-moving migration can be tested on rows that release wrote.
import { cp, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach } from "vitest";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR, MIGRATION_LOCK_FILE } from "../../src/db/migrate";

export async function migrateUpTo(options: { databaseUrl: string; scratchDir: string; last: string }): Promise<void> {
  const partial = path.join(options.scratchDir, "migrations");
  await mkdir(partial, { recursive: true });
  await cp(path.join(DEFAULT_MIGRATIONS_DIR, MIGRATION_LOCK_FILE), path.join(partial, MIGRATION_LOCK_FILE));
  const names = (await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  if (!names.includes(options.last)) throw new Error(`no migration ${options.last}`);
  for (const name of names.filter((candidate) => candidate <= options.last)) {
    await cp(path.join(DEFAULT_MIGRATIONS_DIR, name), path.join(partial, name), { recursive: true });
  }
  await applyMigrations({ databaseUrl: options.databaseUrl, migrationsDir: partial });
}

export interface ScratchDatabase {
  /** A temp directory of its own, removed after each test. */
  readonly dir: string;
  readonly file: string;
  readonly databaseUrl: string;
}

/** A fresh, not yet created database file per test (registers beforeEach/afterEach). */
export function useScratchDatabase(): ScratchDatabase {
  let dir = "";
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "lotse-migration-"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));
  return {
    get dir() {
      return dir;
    },
    get file() {
      return path.join(dir, "lotse.db");
    },
    get databaseUrl() {
      return pathToFileURL(path.join(dir, "lotse.db")).href;
    },
  };
}
