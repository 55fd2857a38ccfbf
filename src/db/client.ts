import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma/client";

/**
 * How long a statement waits for another connection's write lock before failing with
 * SQLITE_BUSY. The bot, the outbox worker and a CLI (migrate, seed) may touch the file at
 * the same time; their transactions are short, so a few seconds of waiting is always enough.
 */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Run on every connection the client opens.
 * - foreign_keys: better-sqlite3 is compiled with SQLITE_DEFAULT_FOREIGN_KEYS=1, but our
 *   onDelete rules (Signup.residentId SetNull when a resident is erased) depend on it, so we
 *   do not rely on a build flag.
 * - journal_mode=WAL: readers do not block the writer and vice versa, which matters with
 *   several processes on one file. The mode is stored in the file, so setting it again is free.
 * - synchronous=NORMAL: the recommended pairing with WAL; a power cut can lose the last
 *   transaction but never corrupts the file.
 * - secure_delete=ON: deleted rows are overwritten with zeros instead of lingering in free
 *   pages of the file, so an erased resident (/loeschen, retention) is gone from the file too.
 * The adapter has no option for pragmas (its config is better-sqlite3's Options), so we
 * wrap its factory and run them right after it connects.
 */
const CONNECTION_PRAGMAS = "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;";

/**
 * Resolves a SQLite `DATABASE_URL` to an absolute file path.
 * Accepts `file:./relative.db` / `file:relative.db` (relative to the process cwd, as Prisma
 * does), `file:/abs/path.db` and `file:///abs/path.db`.
 */
export function sqliteFilePath(databaseUrl: string): string {
  if (!databaseUrl.startsWith("file:")) {
    throw new Error(`DATABASE_URL must start with "file:" (SQLite), got "${databaseUrl}"`);
  }
  if (databaseUrl.includes("?")) {
    throw new Error(`DATABASE_URL must not carry query parameters, got "${databaseUrl}"`);
  }
  if (databaseUrl.startsWith("file://")) {
    return fileURLToPath(databaseUrl);
  }
  const rawPath = databaseUrl.slice("file:".length);
  if (rawPath === "" || rawPath === ":memory:") {
    throw new Error(`DATABASE_URL must name a database file, got "${databaseUrl}"`);
  }
  return path.resolve(rawPath);
}

/** A Prisma client on the SQLite file named by `databaseUrl`, with the pragmas above. */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  const adapterFactory = new PrismaBetterSqlite3({ url: sqliteFilePath(databaseUrl), timeout: BUSY_TIMEOUT_MS });
  const configuredFactory: SqlDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    async connect() {
      const connection = await adapterFactory.connect();
      try {
        await connection.executeScript(CONNECTION_PRAGMAS);
      } catch (error) {
        await connection.dispose();
        throw error;
      }
      return connection;
    },
  };
  return new PrismaClient({ adapter: configuredFactory });
}
