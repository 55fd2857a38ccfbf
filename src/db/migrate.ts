// Applies prisma/migrations to a SQLite file the way `prisma migrate deploy` does, through
// Prisma's WebAssembly schema engine (see schema-engine.ts for why not the CLI).
import { mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { sqliteFilePath } from "./client";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { describeEngineError, isEmptyMigrationScript, openSchemaEngine, type MigrationList } from "./schema-engine";
import { projectPath } from "../paths";

/** prisma/migrations of this repository, independent of the process cwd. */
export const DEFAULT_MIGRATIONS_DIR = projectPath("prisma", "migrations");

export const MIGRATION_LOCK_FILE = "migration_lock.toml";
export const MIGRATION_SCRIPT_FILE = "migration.sql";

/**
 * Reads a migrations directory into the engine's MigrationList, like the Prisma CLI does:
 * every subdirectory is one migration, ordered by name (the timestamp prefix); a missing
 * migration.sql is passed on as an error for the engine to report with the migration's name.
 * A missing directory is an error here: deploying "no migrations" is never what we mean.
 */
export async function readMigrationList(migrationsDir: string): Promise<MigrationList> {
  const baseDir = path.resolve(migrationsDir);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch((error: unknown) => {
    throw new Error(`cannot read migrations directory ${baseDir}: ${describeFsError(error)}`, { cause: error });
  });
  const lockfileContent = await readFile(path.join(baseDir, MIGRATION_LOCK_FILE), "utf8").catch(
    (error: unknown) => {
      if (isMissingFile(error)) return null;
      throw error;
    },
  );
  const migrationNames = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  const migrationDirectories = await Promise.all(
    migrationNames.map(async (name) => {
      const content = await readFile(path.join(baseDir, name, MIGRATION_SCRIPT_FILE), "utf8").then(
        (script) => ({ tag: "ok" as const, value: script }),
        (error: unknown) => ({ tag: "error" as const, value: describeFsError(error) }),
      );
      return { path: name, migrationFile: { path: MIGRATION_SCRIPT_FILE, content } };
    }),
  );
  return {
    baseDir,
    lockfile: { path: MIGRATION_LOCK_FILE, content: lockfileContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

/**
 * Brings the database up to date with the migrations directory and records each applied
 * migration in `_prisma_migrations` (name, checksum, timestamps), so the database stays
 * compatible with the Prisma CLI. Creates the file and its directory if missing.
 * Idempotent: a second call applies nothing and returns an empty list.
 */
export async function applyMigrations(options: {
  databaseUrl: string;
  migrationsDir?: string;
  /**
   * When given, also checks that the migrated database matches this schema, and fails if
   * the schema has changes no migration carries yet (someone forgot `db:migration:new`).
   * Costs one diff (~0.2 s), so start-up skips it and the test setup does it.
   */
  schemaPath?: string;
  /**
   * How long to keep trying while another connection holds the file (a database viewer, a
   * backup reader, a second bot still shutting down). Each try waits out SQLite's busy timeout.
   */
  lockWaitMs?: number;
}): Promise<{ applied: string[] }> {
  const databaseFile = sqliteFilePath(options.databaseUrl);
  const migrationsList = await readMigrationList(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  if (migrationsList.lockfile.content === null) {
    throw new Error(`${MIGRATION_LOCK_FILE} is missing in ${migrationsList.baseDir}`);
  }
  const schema =
    options.schemaPath === undefined
      ? undefined
      : { path: path.resolve(options.schemaPath), content: await readFile(options.schemaPath, "utf8") };
  await mkdir(path.dirname(databaseFile), { recursive: true }).catch((error: unknown) => {
    throw new Error(`cannot create the directory for ${databaseFile}: ${describeFsError(error)}`, { cause: error });
  });
  // The engine locks the file exclusively (PRAGMA locking_mode=EXCLUSIVE), which fails while
  // any other connection is open: a database viewer, `npm run outbox` next to the running bot.
  // When every migration is already recorded as finished there is nothing to lock for.
  if (schema === undefined && (await allMigrationsApplied(databaseFile, migrationsList))) return { applied: [] };

  const lockWaitMs = options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS;
  // One try waits at most the whole bound for the lock (SQLite's busy timeout), so a short bound is short.
  const engine = await openSchemaEngine({ databaseUrl: options.databaseUrl, busyTimeoutMs: Math.min(5_000, Math.max(50, lockWaitMs)) }).catch((error: unknown) => {
    throw new Error(`migrating ${databaseFile} failed: ${describeEngineError(error)}`, { cause: error });
  });
  let applied: string[];
  try {
    ({ appliedMigrationNames: applied } = await applyWhileLocked(() => engine.applyMigrations(migrationsList), databaseFile, lockWaitMs));
  } catch (error) {
    if (error instanceof DatabaseLockedError) {
      await engine.close();
      throw error;
    }
    // Close first: the engine's connection still holds the database lock.
    await engine.close();
    // Naming the migration is a courtesy; if the lookup fails, say so and keep the engine's error.
    const where = await findUnfinishedMigration(databaseFile).then(
      (name) => (name === undefined ? "" : ` in migration ${name}`),
      (lookupError: unknown) => ` (failed migration unknown: ${describeEngineError(lookupError)})`,
    );
    throw new Error(`migrating ${databaseFile} failed${where}: ${describeEngineError(error)}`, { cause: error });
  }
  try {
    if (schema !== undefined) {
      const pendingChanges = await engine.diffScript(
        { tag: "schemaDatasource", files: [schema], configDir: path.dirname(schema.path) },
        { tag: "schemaDatamodel", files: [schema] },
      );
      if (!isEmptyMigrationScript(pendingChanges)) {
        throw new Error(
          `${schema.path} has changes that no migration in ${migrationsList.baseDir} carries; run: npm run db:migration:new -- <name>`,
        );
      }
    }
  } finally {
    await engine.close();
  }
  return { applied };
}

const DEFAULT_LOCK_WAIT_MS = 20_000;

/**
 * True when `_prisma_migrations` records every migration of the list as finished and none as
 * failed, read through an ordinary connection that shares the file with others. Anything
 * unusual (no file, no table, a failed migration) is left to the engine to report.
 */
async function allMigrationsApplied(databaseFile: string, list: MigrationList): Promise<boolean> {
  let connection;
  try {
    connection = await new PrismaBetterSqlite3({ url: databaseFile, fileMustExist: true }).connect();
  } catch {
    // No database yet: the engine creates it.
    return false;
  }
  try {
    const result = await connection.queryRaw({
      sql: "SELECT migration_name, finished_at IS NOT NULL AND rolled_back_at IS NULL FROM _prisma_migrations WHERE rolled_back_at IS NULL",
      args: [],
      argTypes: [],
    });
    const finished = new Set<string>();
    for (const [name, done] of result.rows) {
      if (!done) return false;
      finished.add(String(name));
    }
    return list.migrationDirectories.every((migration) => finished.has(migration.path));
  } catch {
    // No _prisma_migrations table (an empty file): the engine starts from scratch.
    return false;
  } finally {
    await connection.dispose();
  }
}

export class DatabaseLockedError extends Error {
  constructor(databaseFile: string, waitedMs: number) {
    super(
      `migrating ${databaseFile} failed: another program holds the database file open (a database viewer, a backup, a second bot?); ` +
        `waited ${Math.round(waitedMs / 1000)} s. Close it and start again.`,
    );
    this.name = "DatabaseLockedError";
  }
}

/**
 * SQLite answers "busy" while another connection holds a lock the migration needs; through the
 * WebAssembly engine that arrives as an unknown error variant ("SocketTimeout") after the busy
 * timeout. A failed try leaves nothing half-done (the engine runs each migration in a
 * transaction), so trying again until the bound is safe.
 */
async function applyWhileLocked<T>(attempt: () => Promise<T>, databaseFile: string, lockWaitMs: number): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!isLockError(error)) throw error;
      const waited = Date.now() - started;
      if (waited >= lockWaitMs) throw new DatabaseLockedError(databaseFile, waited);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function isLockError(error: unknown): boolean {
  const text = describeEngineError(error);
  return /SocketTimeout|database is locked|SQLITE_BUSY/i.test(text);
}

/**
 * The engine's error for a failing migration names the SQL problem but not the migration;
 * `_prisma_migrations` has it as the row that started and never finished.
 */
async function findUnfinishedMigration(databaseFile: string): Promise<string | undefined> {
  const connection = await new PrismaBetterSqlite3({ url: databaseFile, fileMustExist: true }).connect();
  try {
    const result = await connection.queryRaw({
      sql: `SELECT migration_name FROM _prisma_migrations
            WHERE finished_at IS NULL AND rolled_back_at IS NULL
            ORDER BY started_at DESC LIMIT 1`,
      args: [],
      argTypes: [],
    });
    const name = result.rows[0]?.[0];
    return typeof name === "string" ? name : undefined;
  } finally {
    await connection.dispose();
  }
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}

function describeFsError(error: unknown): string {
  if (isMissingFile(error)) return "does not exist";
  return error instanceof Error ? error.message : String(error);
}
