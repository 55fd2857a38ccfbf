// Direct statements on a Prisma client's own SQLite connection, for what the bot does on every
// Telegram update (remember the update, load and store the conversation, mark it handled) and on
// every step of a resident's journey and its Slack message (the resident's answers, the signup and
// its outbox row, the outbox's claims, the signup view). Through Prisma each costs about 0.2 ms of
// JavaScript around a 0.02–0.1 ms statement, which made Prisma most of the bot's time per update
// (bench/RESULTS.md, end to end). Everything else keeps using Prisma. The statements run on the
// same connection, outside any open transaction (see gated-connection.ts), through the same
// statement cache; the SQL names the tables and columns of prisma/schema.prisma, and each service's
// own tests run it against the migrated schema (several compare with Prisma's reading).
import type { PrismaClient } from "../generated/prisma/client";
import type { GatedConnection, SqliteDatabase } from "./gated-connection";

const connections = new WeakMap<PrismaClient, () => GatedConnection | null>();

/** Called by createPrismaClient: how to find the client's connection once it has one. */
export function registerConnection(client: PrismaClient, current: () => GatedConnection | null): void {
  connections.set(client, current);
}

export class DirectUnavailableError extends Error {
  constructor() {
    super("direct statements need a Prisma client made by createPrismaClient (src/db/client.ts) on better-sqlite3");
    this.name = "DirectUnavailableError";
  }
}

/**
 * Runs `work` with the client's better-sqlite3 database, when no transaction is open on it.
 * `work` is synchronous: its statements run to the end before anything else can use the
 * connection. Errors are better-sqlite3's (`SqliteError` with `code`, e.g.
 * "SQLITE_CONSTRAINT_PRIMARYKEY").
 */
export async function directly<T>(prisma: PrismaClient, work: (database: SqliteDatabase) => T): Promise<T> {
  const current = connections.get(prisma);
  if (!current) throw new DirectUnavailableError();
  let connection = current();
  if (!connection) {
    await prisma.$connect();
    connection = current();
  }
  const database = connection?.database;
  if (!connection || !database) throw new DirectUnavailableError();
  return connection.outsideTransactions(() => work(database)) as Promise<T>;
}

/** At most this many pieces of work share one transaction in writeTogether. */
const MAX_TOGETHER = 200;

interface Queued {
  work: (database: SqliteDatabase) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

const queues = new WeakMap<PrismaClient, { items: Queued[]; draining: boolean }>();

/**
 * Runs `work` (synchronous statements, as in `directly`) in a transaction shared with the other
 * work queued on this client in the same turn of the event loop, and resolves once that
 * transaction is committed. The writes every Telegram update makes (remember it, store the
 * conversation, mark it handled) go here: a commit costs more than the statements it commits, so
 * under load one commit serves many updates instead of three each. The first piece waits only for
 * the rest of the current turn (setImmediate), so alone it is as quick as its own transaction.
 *
 * Each piece is all or nothing on its own (a savepoint): one that throws is undone and rejects
 * with its error while the others commit. Should the whole transaction fail (the commit, or an
 * error after which SQLite rolled everything back), each piece is tried again in a transaction of
 * its own, so that one piece's failure is not every piece's. `work` must be synchronous: a piece
 * that returns a promise is undone and rejected, as its later statements would run outside.
 */
export function writeTogether<T>(prisma: PrismaClient, work: (database: SqliteDatabase) => T): Promise<T> {
  let queue = queues.get(prisma);
  if (!queue) {
    queue = { items: [], draining: false };
    queues.set(prisma, queue);
  }
  const current = queue;
  return new Promise<T>((resolve, reject) => {
    current.items.push({ work, resolve: resolve as (value: unknown) => void, reject });
    if (current.draining) return;
    current.draining = true;
    setImmediate(() => void drainTogether(prisma, current));
  });
}

async function drainTogether(prisma: PrismaClient, queue: { items: Queued[]; draining: boolean }): Promise<void> {
  while (queue.items.length > 0) {
    const items = queue.items.splice(0, MAX_TOGETHER);
    let outcomes: Outcome[];
    try {
      outcomes = await directly(prisma, (database) => inTransaction(database, () => items.map((item) => onItsOwn(database, item.work))));
    } catch (error) {
      if (items.length === 1) outcomes = [{ ok: false, error }];
      else outcomes = await eachAlone(prisma, items);
    }
    // In queue order, so that whoever waits on them goes on in the order they queued.
    items.forEach((item, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  }
  queue.draining = false;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** After a failed batch: each piece in its own transaction, so the failure stays with its piece. */
async function eachAlone(prisma: PrismaClient, items: readonly Queued[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const item of items) {
    try {
      outcomes.push(await directly(prisma, (database) => inTransaction(database, () => onItsOwn(database, item.work))));
    } catch (error) {
      outcomes.push({ ok: false, error });
    }
  }
  return outcomes;
}

export class AsyncWorkError extends Error {
  constructor() {
    super("writeTogether's work must be synchronous; it returned a promise");
    this.name = "AsyncWorkError";
  }
}

/** One piece of writeTogether's transaction, undone alone when it throws. */
function onItsOwn(database: SqliteDatabase, work: (database: SqliteDatabase) => unknown): Outcome {
  database.prepare("SAVEPOINT together").run();
  try {
    const value = work(database);
    if (typeof (value as { then?: unknown } | null)?.then === "function") {
      // Swallowed on purpose: the piece is rejected with AsyncWorkError, a bug to fix, not data.
      void (value as Promise<unknown>).catch(() => {});
      throw new AsyncWorkError();
    }
    database.prepare("RELEASE together").run();
    return { ok: true, value };
  } catch (error) {
    // SQLite rolled back the whole transaction on its own (some busy and I/O errors): then the
    // whole batch fails, with this error.
    if (!database.inTransaction) throw error;
    database.prepare("ROLLBACK TO together").run();
    database.prepare("RELEASE together").run();
    return { ok: false, error };
  }
}

/**
 * Runs `work` in one transaction (BEGIN … COMMIT, ROLLBACK on a throw): one commit, not one per
 * statement. IMMEDIATE: the write lock is taken at the start (waiting as long as the busy timeout
 * for another process's write), so what `work` reads stays true until it commits — a deferred
 * transaction that read first could not write once another process had written in between.
 */
export function inTransaction<T>(database: SqliteDatabase, work: () => T): T {
  database.prepare("BEGIN IMMEDIATE").run();
  try {
    const result = work();
    database.prepare("COMMIT").run();
    return result;
  } catch (error) {
    // SQLite may have rolled back on its own (some busy and I/O errors); then there is nothing
    // to undo, and the error to report is the one that happened.
    if (database.inTransaction) database.prepare("ROLLBACK").run();
    throw error;
  }
}

/** Whether a better-sqlite3 error is a unique or primary key violation. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "SQLITE_CONSTRAINT_UNIQUE";
}

/** A date as Prisma's SQLite adapter stores DateTime columns (ISO 8601, "+00:00" for Z), so both read it alike. */
export function sqliteDateTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/** A DateTime column read directly (the text sqliteDateTime and Prisma write) as a Date. */
export function storedDate(value: string | null): Date | null {
  return value === null ? null : new Date(value);
}

/** An INTEGER column as a direct statement returns it: number or bigint (the connection reads safe integers). */
export type StoredWhole = number | bigint;

/** An INTEGER column read directly: the connection reads integers as bigint (safe integers). */
export function storedWhole(value: StoredWhole | null): number | null {
  return value === null ? null : Number(value);
}

/** A Boolean column read directly (Prisma stores it as INTEGER 0 or 1). */
export function storedFlag(value: StoredWhole): boolean {
  return Number(value) === 1;
}
