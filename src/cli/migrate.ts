// `npm run db:migrate`: applies pending migrations to DATABASE_URL, like `prisma migrate deploy`.
import { parseDatabaseUrl } from "../config";
import { applyMigrations } from "../db/migrate";

async function main(): Promise<void> {
  const { applied } = await applyMigrations({ databaseUrl: parseDatabaseUrl(process.env) });
  console.log(applied.length === 0 ? "database is up to date" : `applied ${applied.length}: ${applied.join(", ")}`);
}

main().catch((error: unknown) => {
  console.error(`db:migrate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
