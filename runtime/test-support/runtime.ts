// A runtime as the server and the CLI build it, on the test run's database (in-memory PGlite, or a fresh
// PostgreSQL database under TEST_DATABASE_URL); `close()` also drops that database.
import { loadSettings } from "../../core/settings.js";
import { testDatabaseSettings } from "../../db/test-support/database.js";
import { openRuntime, type Runtime, type RuntimeOptions } from "../index.js";

export async function openTestRuntime(
  env: Record<string, string> = {},
  options: Omit<RuntimeOptions, "settings"> = {},
): Promise<Runtime> {
  const database = await testDatabaseSettings();
  let runtime: Runtime;
  try {
    runtime = await openRuntime({
      ...options,
      settings: loadSettings({ LOG_LEVEL: "silent", ...env, ...database.env }),
    });
  } catch (error) {
    await database.drop();
    throw error;
  }
  return {
    ...runtime,
    close: async () => {
      try {
        await runtime.close();
      } finally {
        await database.drop();
      }
    },
  };
}
