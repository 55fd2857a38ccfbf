// Vitest globalSetup: runs once per `vitest run`, in the main process, before any worker.
// Migrating costs ~0.3 s, so it happens once here, into a template database; every test
// file then copies the template (test/support/db.ts), which takes milliseconds.
// A migration failure, or a schema change without a migration, throws here and fails the run.
import { mkdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "../../src/db/client";
import { applyMigrations } from "../../src/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    /** Absolute path of the migrated, empty template database. Copies go in the same directory. */
    testDatabaseTemplate: string;
  }
}

const SCHEMA_PATH = fileURLToPath(new URL("../../prisma/schema.prisma", import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // One directory per run (pid), so parallel runs on one machine do not meet.
  const directory = path.join(os.tmpdir(), `ehrenamtslotse-test-${process.pid}`);
  await rm(directory, { recursive: true, force: true });
  await mkdir(directory, { recursive: true });
  const templatePath = path.join(directory, "template.db");
  const removeDirectory = () => rm(directory, { recursive: true, force: true });
  const templateUrl = pathToFileURL(templatePath).href;
  try {
    await applyMigrations({ databaseUrl: templateUrl, schemaPath: SCHEMA_PATH });
    // Connecting once switches the file to WAL (src/db/client.ts); the mode is stored in the
    // file, so copies skip that conversion and open about twice as fast. Disconnecting
    // checkpoints the WAL, so the template is one self-contained file.
    const prisma = createPrismaClient(templateUrl);
    await prisma.$connect();
    await prisma.$disconnect();
  } catch (error) {
    // Vitest runs no teardown for a setup that threw.
    await removeDirectory();
    throw error;
  }
  project.provide("testDatabaseTemplate", templatePath);
  return removeDirectory;
}
