// The statement cache on the Prisma SQLite connection (reuseStatements in src/db/client.ts): the
// same SQL text is compiled once and serves every later use with its own arguments, for reads
// (the adapter's raw mode) as for writes, inside and outside transactions.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reuseStatements, STATEMENT_CACHE_SIZE } from "../../src/db/client";
import { createTestDatabase, type TestDatabase } from "../support/db";

const text = { scalarType: "string", arity: "scalar" } as const;
const int = { scalarType: "int", arity: "scalar" } as const;

/** The SQL texts compiled on the connection from now on: the cache calls its own prepare() only on a miss. */
function compilationsOf(connection: unknown): string[] {
  const database = (connection as { client: { prepare(sql: string): unknown } }).client;
  const compile = database.prepare.bind(database);
  const compiled: string[] = [];
  database.prepare = (sql: string) => {
    compiled.push(sql);
    return compile(sql);
  };
  return compiled;
}

describe("reuseStatements", () => {
  it("compiles each SQL text once and runs it with the arguments of each use", async () => {
    const connection = await new PrismaBetterSqlite3({ url: ":memory:" }).connect();
    const compiled = compilationsOf(connection);
    expect(reuseStatements(connection)).toBe(true);
    await connection.executeScript("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
    const insert = (name: string) => connection.executeRaw({ sql: "INSERT INTO t (name) VALUES (?)", args: [name], argTypes: [text] });
    const select = (id: number) => connection.queryRaw({ sql: "SELECT id, name FROM t WHERE id = ?", args: [id], argTypes: [int] });

    expect(await insert("Anna")).toBe(1);
    expect(await insert("Ben")).toBe(1);
    expect((await select(1)).rows).toEqual([[1, "Anna"]]);
    expect((await select(2)).rows).toEqual([[2, "Ben"]]);
    expect((await select(3)).rows).toEqual([]);

    const transaction = await connection.startTransaction();
    await transaction.executeRaw({ sql: "INSERT INTO t (name) VALUES (?)", args: ["Cleo"], argTypes: [text] });
    expect((await transaction.queryRaw({ sql: "SELECT id, name FROM t WHERE id = ?", args: [3], argTypes: [int] })).rows).toEqual([[3, "Cleo"]]);
    await transaction.executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] });
    await transaction.rollback();
    expect((await select(3)).rows).toEqual([]);
    expect(compiled.filter((sql) => sql.startsWith("SELECT id, name"))).toHaveLength(1);
    expect(compiled.filter((sql) => sql.startsWith("INSERT"))).toHaveLength(1);
    await connection.dispose();
  });

  it("keeps at most STATEMENT_CACHE_SIZE statements and still answers every text", async () => {
    const connection = await new PrismaBetterSqlite3({ url: ":memory:" }).connect();
    reuseStatements(connection);
    for (let index = 0; index < STATEMENT_CACHE_SIZE + 20; index++) {
      const { rows } = await connection.queryRaw({ sql: `SELECT ${index} AS n`, args: [], argTypes: [] });
      expect(rows).toEqual([[index]]);
    }
    expect((await connection.queryRaw({ sql: "SELECT 0 AS n", args: [], argTypes: [] })).rows).toEqual([[0]]);
    await connection.dispose();
  });

  it("keeps a statement in use while a flood of one-off texts passes through a full cache", async () => {
    const connection = await new PrismaBetterSqlite3({ url: ":memory:" }).connect();
    const compiled = compilationsOf(connection);
    reuseStatements(connection);
    const hot = "SELECT 'hot' AS n";
    for (let index = 0; index < 3 * STATEMENT_CACHE_SIZE; index++) {
      // The hot text first, so that it is the oldest entry whenever the cache is full.
      expect((await connection.queryRaw({ sql: hot, args: [], argTypes: [] })).rows).toEqual([["hot"]]);
      await connection.queryRaw({ sql: `SELECT ${index} AS n`, args: [], argTypes: [] });
    }
    expect(compiled.filter((sql) => sql === hot)).toHaveLength(1);
    // The one-off texts went, oldest first: the first is compiled again, the last is not.
    const before = compiled.length;
    await connection.queryRaw({ sql: `SELECT ${3 * STATEMENT_CACHE_SIZE - 1} AS n`, args: [], argTypes: [] });
    await connection.queryRaw({ sql: "SELECT 0 AS n", args: [], argTypes: [] });
    expect(compiled.slice(before)).toEqual(["SELECT 0 AS n"]);
    await connection.dispose();
  });

  it("is on for the app's client: a repeated query works and sees writes", async () => {
    const db: TestDatabase = await createTestDatabase();
    try {
      for (const name of ["Mitte", "Nord"]) await db.prisma.district.create({ data: { slug: name.toLowerCase(), name } });
      expect((await db.prisma.district.findMany({ orderBy: { name: "asc" } })).map((district) => district.name)).toEqual(expect.arrayContaining(["Mitte", "Nord"]));
      expect(await db.prisma.district.findUnique({ where: { slug: "nord" } })).toMatchObject({ name: "Nord" });
      expect(await db.prisma.district.findUnique({ where: { slug: "mitte" } })).toMatchObject({ name: "Mitte" });
    } finally {
      await db.close();
    }
  });
});
