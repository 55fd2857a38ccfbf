// Many new rows at once, for the import of a large network file (`lotse import` of 10,000 offers).
// Prisma's createMany/createManyAndReturn spend about a millisecond per row building and running
// the query (bench/import.bench.ts), which made such an import take well over ten seconds; plain
// multi-row INSERT statements take a few milliseconds per thousand rows.
//
// Values are written as Prisma writes them to SQLite, so that Prisma reads them back unchanged and
// SQL comparisons of dates (text in SQLite) keep working: DateTime as ISO text with "+00:00",
// Boolean as 1/0. Columns with a Prisma-side default (@default(now()), @updatedAt) must be given.
import { sqliteDateTime } from "../../db/direct";
import type { Prisma } from "../../generated/prisma/client";

export type SqlValue = string | number | boolean | Date | null;

/** Parameters per statement: within SQLite's limit (32,766 since 3.32) and a function call's arguments. */
const MAX_PARAMETERS = 10_000;

function parameter(value: SqlValue): string | number | null {
  if (value instanceof Date) return sqliteDateTime(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

interface RawClient {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Prisma.PrismaPromise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Prisma.PrismaPromise<number>;
}

/** The INSERT statements for the rows, with `?` placeholders and their values (never spliced into the text). */
function statements(table: string, rows: readonly Readonly<Record<string, SqlValue>>[], tail: string): { sql: string; values: unknown[] }[] {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]!);
  for (const row of rows) {
    if (Object.keys(row).length !== columns.length || columns.some((column) => !(column in row))) {
      throw new Error(`insertRows(${table}): every row needs the columns ${columns.join(", ")}`);
    }
  }
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const head = `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES `;
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  const result: { sql: string; values: unknown[] }[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const slice = rows.slice(start, start + perStatement);
    const values: unknown[] = [];
    for (const row of slice) for (const column of columns) values.push(parameter(row[column]!));
    result.push({ sql: `${head}${new Array(slice.length).fill(tuple).join(", ")}${tail}`, values });
  }
  return result;
}

/** Inserts the rows (all with the same columns) and returns the `returning` columns of each. */
export async function insertReturning<Row>(client: RawClient, table: string, rows: readonly Readonly<Record<string, SqlValue>>[], returning: readonly string[]): Promise<Row[]> {
  const tail = ` RETURNING ${returning.map((column) => `"${column}"`).join(", ")}`;
  const created: Row[] = [];
  for (const { sql, values } of statements(table, rows, tail)) created.push(...(await client.$queryRawUnsafe<Row[]>(sql, ...values)));
  return created;
}

/** Inserts the rows (all with the same columns). */
export async function insertRows(client: RawClient, table: string, rows: readonly Readonly<Record<string, SqlValue>>[]): Promise<void> {
  for (const { sql, values } of statements(table, rows, "")) await client.$executeRawUnsafe(sql, ...values);
}
