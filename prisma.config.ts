import { defineConfig } from "prisma/config";

// Used by `prisma generate` only: migrations are applied by src/db/migrate.ts through
// Prisma's WebAssembly schema engine, because the native one cannot be downloaded offline.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/lotse.db" },
});
