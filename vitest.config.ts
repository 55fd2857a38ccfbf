import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    // A run that collects no test is a broken run, not a green one.
    passWithNoTests: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
