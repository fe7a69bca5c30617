// `npm start`: serves the API on the embedded default (PGlite, offline engine) unless settings say otherwise.
import { pathToFileURL } from "node:url";
import { serve } from "@hono/node-server";
import { isGardeFouError } from "../core/errors.js";
import { describeSettings } from "../core/settings.js";
import { openRuntime, type Runtime } from "../runtime/index.js";
import { createApp } from "./app.js";
import { authMode } from "./middleware/authenticate.js";

export async function startServer(runtime: Runtime): Promise<{ port: number; close(): Promise<void> }> {
  const app = createApp({
    settings: runtime.settings,
    db: runtime.database.db,
    runs: runtime.runs,
    logger: runtime.logger,
    version: runtime.version,
  });
  if ((await authMode(runtime.database.db, runtime.settings)) === "open")
    runtime.logger.warn("no API key exists: the API is open to anyone who can reach it", {
      fix: "npx garde-fou keys create --name NAME --role admin",
    });
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
  const server = await startServer(runtime);
  const stop = async () => {
    await server.close();
    await runtime.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
