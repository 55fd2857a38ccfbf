import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma/client";
import { registerConnection } from "./direct";
import { GatedConnection, type SqliteDatabase, type SqliteStatement } from "./gated-connection";

/**
 * How long a statement waits for another connection's write lock before failing with
 * SQLITE_BUSY. The bot, the outbox worker and a CLI (migrate, seed) may touch the file at
 * the same time; their transactions are short, so a few seconds of waiting is always enough.
 */
export const BUSY_TIMEOUT_MS = 5_000;

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
 *   pages of the file, so an erased resident (/loeschen, retention) is gone from the file too —
 *   once the write-ahead log, which secure_delete does not reach, is emptied into it
 *   (write-ahead-log.ts).
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
      reuseStatements(connection);
      const gated: GatedConnection = new GatedConnection(connection, sqliteDatabaseOf(connection), () => {
        // After $disconnect, direct statements connect again as Prisma's queries would.
        if (current === gated) current = null;
      });
      current = gated;
      return gated;
    },
  };
  let current: GatedConnection | null = null;
  const client = new PrismaClient({ adapter: configuredFactory });
  registerConnection(client, () => current);
  return client;
}

/** Compiled statements kept per connection; Prisma sends a few hundred distinct SQL texts. */
export const STATEMENT_CACHE_SIZE = 500;

function sqliteDatabaseOf(connection: unknown): SqliteDatabase | null {
  const database = (connection as { client?: unknown }).client;
  return isSqliteDatabase(database) ? database : null;
}

function isSqliteDatabase(value: unknown): value is SqliteDatabase {
  return typeof value === "object" && value !== null && typeof (value as { prepare?: unknown }).prepare === "function";
}

/**
 * The adapter compiles every query's SQL anew (`client.prepare(sql).bind(args)`), although Prisma
 * sends the same texts again and again; compiling costs about as much as running a small query.
 * Here the connection's prepare() hands out compiled statements from a cache, each wrapped so that
 * bind() only remembers the arguments for this one use. better-sqlite3 runs a statement to the end
 * within the call (the adapter never iterates), so one statement can serve every use of its text.
 * Relies on the adapter keeping its database as `client`; if a new version does not, statements
 * are compiled each time as before. Returns whether it could.
 *
 * Which statement goes when the cache is full: the oldest one not used since it was last looked
 * at ("second chance"). A hit only sets a flag; reordering a Map on every hit, as a strict
 * least-recently-used list does, cost more than the lookup itself on a path every query takes.
 */
export function reuseStatements(connection: unknown): boolean {
  const database = sqliteDatabaseOf(connection);
  if (!database) return false;
  const prepare = database.prepare.bind(database);
  const cache = new Map<string, CachedStatement>();
  database.prepare = (sql: string) => {
    let cached = cache.get(sql);
    if (cached) {
      cached.used = true;
    } else {
      if (cache.size >= STATEMENT_CACHE_SIZE) evictOne(cache);
      cached = { statement: prepare(sql), used: false };
      cache.set(sql, cached);
    }
    return new ReusedStatement(cached.statement) as unknown as SqliteStatement;
  };
  return true;
}

interface CachedStatement {
  readonly statement: SqliteStatement;
  /** Used since it was added or last passed over by evictOne. */
  used: boolean;
}

/** Drops the oldest statement not used lately; a used one it passes goes to the end, unflagged. */
function evictOne(cache: Map<string, CachedStatement>): void {
  for (const [sql, cached] of cache) {
    cache.delete(sql);
    if (!cached.used) return;
    cached.used = false;
    cache.set(sql, cached);
  }
}

/**
 * The result columns of a compiled statement (name, declared type …), which the adapter asks for
 * on every read; they are fixed once it is compiled, and better-sqlite3 builds them anew each time.
 */
const columnsOf = new WeakMap<SqliteStatement, unknown[]>();

/** One use of a cached statement: bind() keeps the arguments, the calls pass them on. */
class ReusedStatement {
  private params: unknown[] = [];

  constructor(private readonly statement: SqliteStatement) {}

  get reader(): boolean {
    return this.statement.reader;
  }

  bind(...params: unknown[]): this {
    this.params = params;
    return this;
  }

  columns(): unknown[] {
    let columns = columnsOf.get(this.statement);
    if (!columns) {
      columns = this.statement.columns();
      columnsOf.set(this.statement, columns);
    }
    return columns;
  }

  raw(...toggle: [boolean?]): this {
    // raw(undefined) would switch raw mode off; raw() switches it on.
    this.statement.raw(...(toggle as [boolean]));
    return this;
  }

  run(...params: unknown[]): unknown {
    return this.statement.run(...(params.length > 0 ? params : this.params));
  }

  all(...params: unknown[]): unknown[] {
    return this.statement.all(...(params.length > 0 ? params : this.params));
  }

  get(...params: unknown[]): unknown {
    return this.statement.get(...(params.length > 0 ? params : this.params));
  }
}
