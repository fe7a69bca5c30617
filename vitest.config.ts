import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "dist/**"],
    // Which database the tests open (in-memory PGlite, or PostgreSQL under TEST_DATABASE_URL).
    globalSetup: ["db/test-support/global-setup.ts"],
    testTimeout: 30_000,
    // Opening a PGlite (WebAssembly) and migrating it takes minutes when 2 cores are shared by many suites.
    hookTimeout: 180_000,
    // Two cores: PGlite instances are heavy, so files run in a small pool.
    maxWorkers: 2,
  },
});
