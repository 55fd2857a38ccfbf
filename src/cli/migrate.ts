// `npm run db:migrate`: applies pending migrations to DATABASE_URL, like `prisma migrate deploy`.
import { z } from "zod";
import { applyMigrations } from "../db/migrate";

// Only DATABASE_URL is read here; the app's full configuration lives elsewhere.
const environmentSchema = z.object({
  DATABASE_URL: z
    .string()
    .startsWith("file:", 'DATABASE_URL must be a SQLite URL such as "file:./data/lotse.db"')
    .default("file:./data/lotse.db"),
});

async function main(): Promise<void> {
  const environment = environmentSchema.safeParse(process.env);
  if (!environment.success) {
    throw new Error(environment.error.issues.map((issue) => issue.message).join("; "));
  }
  const { applied } = await applyMigrations({ databaseUrl: environment.data.DATABASE_URL });
  console.log(applied.length === 0 ? "database is up to date" : `applied ${applied.length}: ${applied.join(", ")}`);
}

main().catch((error: unknown) => {
  console.error(`db:migrate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
