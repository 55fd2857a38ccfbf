// Applies prisma/migrations to a SQLite file the way `prisma migrate deploy` does, through
// Prisma's WebAssembly schema engine (see schema-engine.ts for why not the CLI).
import { mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sqliteFilePath } from "./client";
import { describeEngineError, openSchemaEngine, type MigrationList } from "./schema-engine";

/** prisma/migrations of this repository, independent of the process cwd. */
export const DEFAULT_MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

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
  /** Not needed to apply migrations; when given, the engine is started with this schema, so a schema it cannot parse fails here. */
  schemaPath?: string;
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
  await mkdir(path.dirname(databaseFile), { recursive: true });

  const engine = await openSchemaEngine({ databaseUrl: options.databaseUrl, schema });
  try {
    const { appliedMigrationNames } = await engine.applyMigrations(migrationsList);
    return { applied: appliedMigrationNames };
  } catch (error) {
    throw new Error(`migrating ${databaseFile} failed: ${describeEngineError(error)}`, { cause: error });
  } finally {
    await engine.close();
  }
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}

function describeFsError(error: unknown): string {
  if (isMissingFile(error)) return "does not exist";
  return error instanceof Error ? error.message : String(error);
}
