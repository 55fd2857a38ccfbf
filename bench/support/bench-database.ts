// A database for a bench run: migrated once (as the app does at start-up) into a temp directory,
// optionally seeded with the sample network, and then copied per run, so that every run starts
// from the same file in milliseconds.
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "../../src/db/client";
import { applyMigrations } from "../../src/db/migrate";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { SAMPLE_NETWORK_FILE, seedNetworkIfEmpty } from "../../src/services/network/seed-if-empty";

export interface BenchDatabase {
  dir: string;
  /** A fresh copy of the prepared file; returns its DATABASE_URL. */
  copy(name: string): Promise<string>;
  remove(): Promise<void>;
}

export async function prepareBenchDatabase(options: { seed?: boolean; fill?: (prisma: PrismaClient) => Promise<void> } = {}): Promise<BenchDatabase> {
  const dir = await mkdtemp(path.join(tmpdir(), "lotse-bench-"));
  const template = path.join(dir, "template.db");
  const url = `file:${template}`;
  await applyMigrations({ databaseUrl: url });
  const prisma = createPrismaClient(url);
  try {
    if (options.seed ?? true) await seedNetworkIfEmpty(prisma, SAMPLE_NETWORK_FILE);
    await options.fill?.(prisma);
    // Everything into the main file, so that copying that one file copies the database.
    await prisma.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  } finally {
    await prisma.$disconnect();
  }
  return {
    dir,
    async copy(name) {
      const file = path.join(dir, `${name}.db`);
      await copyFile(template, file);
      if (existsSync(`${template}-wal`)) await copyFile(`${template}-wal`, `${file}-wal`);
      return `file:${file}`;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
