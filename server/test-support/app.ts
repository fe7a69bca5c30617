// An app on an in-memory database and the offline engine, as the server builds it, for route tests.
import { MemorySaver } from "@langchain/langgraph";
import { createModelEngine } from "../../agents/models/factory.js";
import { fixedClock, sequentialIds } from "../../core/clock.js";
import { silentLogger } from "../../core/logger.js";
import { loadSettings } from "../../core/settings.js";
import type { DatabaseHandle } from "../../db/client.js";
import { openTestDatabase } from "../../db/test-support/database.js";
import { createApp } from "../app.js";
import type { AppDeps } from "../deps.js";

export interface TestApp {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  handle: DatabaseHandle;
  close(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const settings = loadSettings({ PGLITE_DIR: "memory://", ...env });
  const handle = await openTestDatabase();
  const deps: AppDeps = {
    settings,
    db: handle.db,
    runs: {
      db: handle.db,
      engine: createModelEngine(settings),
      checkpointer: new MemorySaver(),
      clock: fixedClock(),
      ids: sequentialIds("run"),
      judgeMode: settings.JUDGE_MODE,
      maxRevisions: settings.MAX_REVISIONS,
    },
    logger: silentLogger,
    version: "test",
  };
  return { app: createApp(deps), deps, handle, close: () => handle.close() };
}

export function postJson(
  app: TestApp["app"],
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return app.request(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
