// `npm start`: serves the API on the embedded default (PGlite, offline engine) unless settings say otherwise.
import { pathToFileURL } from "node:url";
import { serve } from "@hono/node-server";
import { ConfigurationError, isGardeFouError } from "../core/errors.js";
import { describeSettings } from "../core/settings.js";
import { openRuntime, type Runtime } from "../runtime/index.js";
import { startRetention } from "../runtime/retention.js";
import { createApp } from "./app.js";
import { FIRST_KEY_COMMAND } from "./middleware/auth-errors.js";
import { authMode } from "./middleware/authenticate.js";
import { isLoopbackHost } from "./middleware/client.js";

export async function startServer(runtime: Runtime): Promise<{ port: number; close(): Promise<void> }> {
  const app = createApp({
    settings: runtime.settings,
    db: runtime.database.db,
    runs: runtime.runs,
    logger: runtime.logger,
    version: runtime.version,
  });
  if ((await authMode(runtime.database.db, runtime.settings)) === "open") {
    // Open mode answers loopback clients only; on an interface others can reach, that would still invite
    // whoever comes first through a proxy or a misread firewall, so the server does not start at all.
    if (!isLoopbackHost(runtime.settings.HOST))
      throw new ConfigurationError(
        `HOST=${runtime.settings.HOST} can be reached from other machines and no API key exists. Create the first admin key on this machine, then start again: ${FIRST_KEY_COMMAND}`,
        { setting: "HOST" },
      );
    runtime.logger.warn("no API key exists: the API answers clients on this machine only", {
      fix: FIRST_KEY_COMMAND,
    });
  }
  return new Promise((resolve) => {
    const server = serve(
      { fetch: app.fetch, port: runtime.settings.PORT, hostname: runtime.settings.HOST },
      (info) => {
        runtime.logger.info("garde-fou listening", {
          url: `http://${runtime.settings.HOST}:${info.port}`,
          engine: runtime.engine.provider,
          offline: runtime.engine.offline,
          settings: describeSettings(runtime.settings),
        });
        resolve({
          port: info.port,
          close: () => new Promise<void>((done) => server.close(() => done())),
        });
      },
    );
  });
}

export async function main(): Promise<void> {
  let runtime: Runtime;
  try {
    runtime = await openRuntime();
  } catch (error) {
    process.stderr.write(
      `garde-fou cannot start: ${isGardeFouError(error) ? error.message : String(error)}\n`,
    );
    process.exit(2);
  }
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(runtime);
  } catch (error) {
    await runtime.close();
    process.stderr.write(
      `garde-fou cannot start: ${isGardeFouError(error) ? error.message : String(error)}\n`,
    );
    process.exit(2);
  }
  const retention = startRetention({
    db: runtime.database.db,
    checkpointer: runtime.checkpointer,
    clock: runtime.runs.clock,
    ids: runtime.runs.ids,
    logger: runtime.logger,
    retentionDays: runtime.settings.CANDIDATE_RETENTION_DAYS,
  });
  const stop = async () => {
    retention.stop();
    await server.close();
    await runtime.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
