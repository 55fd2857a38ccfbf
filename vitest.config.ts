import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    // A run that collects no test is a broken run, not a green one.
    passWithNoTests: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Our modules have no import-time state, so test files may share a worker's module cache:
    // importing grammY, Bolt and Prisma once per worker instead of once per file saves a minute.
    isolate: false,
  },
});
