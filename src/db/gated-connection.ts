// The one SQLite connection of a Prisma client, with its transactions kept to themselves.
//
// Prisma's better-sqlite3 adapter runs every query on one connection. An interactive transaction
// (`prisma.$transaction(async (tx) => …)`, and the batch form) sends BEGIN, then its statements
// with awaits in between; the adapter serialises transactions against each other but not against
// queries made outside them. So while one resident's signup transaction waits, another resident's
// conversation update ran *inside* it, and was rolled back with it (test/db/transaction-isolation).
// Here a query outside a transaction waits until no transaction is open. better-sqlite3 is
// synchronous: once the gate is found open, the statement runs to the end before anything else
// can start a transaction, so checking and running need no lock of their own.
import type { ConnectionInfo, IsolationLevel, SqlDriverAdapter, SqlQuery, SqlResultSet, Transaction } from "@prisma/driver-adapter-utils";

/** The part of a better-sqlite3 Statement used here and by the adapter. */
export interface SqliteStatement {
  readonly reader: boolean;
  run(...params: unknown[]): { changes: number };
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
  columns(): unknown[];
  raw(toggle?: boolean): SqliteStatement;
}

export interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  /** better-sqlite3: whether a transaction is open on the connection. */
  readonly inTransaction: boolean;
}

export class GatedConnection implements SqlDriverAdapter {
  readonly provider: SqlDriverAdapter["provider"];
  readonly adapterName: string;
  /** Settles when the open transaction ends; null while none is open. */
  private open: Promise<void> | null = null;

  constructor(
    private readonly inner: SqlDriverAdapter,
    /** The better-sqlite3 database under the adapter, for direct statements (src/db/direct.ts). */
    readonly database: SqliteDatabase | null,
    /** Called once the connection is closed ($disconnect), so nobody uses it afterwards. */
    private readonly onDispose: () => void = () => {},
  ) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
    if (inner.getConnectionInfo) this.getConnectionInfo = () => inner.getConnectionInfo!();
  }

  getConnectionInfo?: () => ConnectionInfo;

  /**
   * Runs `work` when no transaction is open. The check and the start of `work` happen in one
   * synchronous stretch (no await between them), so a transaction cannot begin in between; `work`
   * must run its statements before its own first await.
   */
  async outsideTransactions<T>(work: () => T): Promise<Awaited<T>> {
    while (this.open) await this.open;
    return await work();
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.outsideTransactions(() => this.inner.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.outsideTransactions(() => this.inner.executeRaw(query));
  }

  executeScript(script: string): Promise<void> {
    return this.outsideTransactions(() => this.inner.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    while (this.open) await this.open;
    // Claimed in the same stretch as the check above and before the adapter's first await (its
    // own mutex), so no query outside slips in between the check, BEGIN and the claim.
    let end!: () => void;
    this.open = new Promise<void>((resolve) => (end = resolve));
    const release = () => {
      this.open = null;
      end();
    };
    try {
      const transaction = await this.inner.startTransaction(isolationLevel);
      return gatedTransaction(transaction, release);
    } catch (error) {
      release();
      throw error;
    }
  }

  async dispose(): Promise<void> {
    this.onDispose();
    await this.inner.dispose();
  }
}

/** The transaction as the adapter made it, opening the gate once it is committed or rolled back. */
function gatedTransaction(transaction: Transaction, release: () => void): Transaction {
  let released = false;
  const once = () => {
    if (released) return;
    released = true;
    release();
  };
  // Methods of the adapter's class live on its prototype, so the wrapper delegates each by name.
  return {
    get options() {
      return transaction.options;
    },
    provider: transaction.provider,
    adapterName: transaction.adapterName,
    queryRaw: (query) => transaction.queryRaw(query),
    executeRaw: (query) => transaction.executeRaw(query),
    async commit() {
      try {
        await transaction.commit();
      } finally {
        once();
      }
    },
    async rollback() {
      try {
        await transaction.rollback();
      } finally {
        once();
      }
    },
    ...(transaction.createSavepoint ? { createSavepoint: (name: string) => transaction.createSavepoint!(name) } : {}),
    ...(transaction.rollbackToSavepoint ? { rollbackToSavepoint: (name: string) => transaction.rollbackToSavepoint!(name) } : {}),
    ...(transaction.releaseSavepoint ? { releaseSavepoint: (name: string) => transaction.releaseSavepoint!(name) } : {}),
  };
}
