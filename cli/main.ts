// `npx garde-fou <command>`: the command line. Each command lives in cli/commands/; this file dispatches
// and turns errors into a message and an exit code (never a stack trace).
import { pathToFileURL } from "node:url";
import { isGardeFouError } from "../core/errors.js";
import { type CliIo, EXIT, processIo } from "./io.js";

const USAGE = `garde-fou: recruiting AI under guard (French law)

Usage:
  garde-fou serve                                   serve the HTTP API (PORT, default 8787)
  garde-fou worker                                  run queue workers against DATABASE_URL (background runs,
                                                    batch chunks, webhooks); any number beside the API
  garde-fou run WORKFLOW --input FILE.json [--jurisdiction FR|EU|US]
                                                    run a workflow: ad_writing, screening, document_check, summary
  garde-fou guard --input FILE.jsonl|- [--jurisdiction FR|EU|US] [--kind KIND]
                                                    check texts, one JSON line in, one out
  garde-fou keys create --name NAME --role app|reviewer|evaluator|admin | keys list | keys revoke ID
                                                    API keys (shown once, stored hashed)
  garde-fou screen --job JOB.txt --cvs CVS.jsonl [--jurisdiction FR|EU|US]
                                                    rank CVs against a job, one JSON line per CV, best first
  garde-fou eval [suite...] [--mode replay|record|live] [--provider P | --providers a,b]
                 [--prompt name=v] [--prompt-versions name=v1,v2] [--baseline latest|FILE|none]
                 [--update-baseline] [--db]       run prompt regression suites (default: replay)
  garde-fou eval worker-quality [--worker W] [--split tune,held-out] [--details] [--json FILE]
                                                    score ads and summaries on the worker-quality sets
  garde-fou help                                    this text

Settings come from the environment (see the README).
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

/** A server holding the embedded directory: commands that write go through its API, never around it. */
async function serverHoldingDirectory() {
  const [{ localServer }, { loadSettings }] = await Promise.all([
    import("./server-client.js"),
    import("../core/settings.js"),
  ]);
  return localServer(loadSettings());
}

// A one-shot command's event loop serves nobody else: worker threads would only add their start-up.
const ONE_SHOT = { cpuPool: false } as const;

const COMMANDS: Record<string, Command> = {
  serve: async () => {
    const { main } = await import("../server/main.js");
    await main();
    return new Promise<number>(() => {});
  },
  worker: async (_args, io) => {
    const { workerMain } = await import("../runtime/worker-main.js");
    const code = await workerMain((line) => io.stderr.write(line));
    process.exit(code);
  },
  run: async (args, io) => {
    const [{ runCommand }, { openRuntime }] = await Promise.all([
      import("./commands/run.js"),
      import("../runtime/index.js"),
    ]);
    return runCommand(args, io, () => openRuntime(ONE_SHOT), await serverHoldingDirectory());
  },
  keys: async (args, io) => {
    const [{ keysCommand }, { openRuntime }] = await Promise.all([
      import("./commands/keys.js"),
      import("../runtime/index.js"),
    ]);
    return keysCommand(args, io, () => openRuntime(ONE_SHOT), await serverHoldingDirectory());
  },
  guard: async (args, io) => {
    // The guard command needs no database: only settings and a model engine (for the judge).
    const [{ guardCommand }, { loadSettings }, { createModelEngine }, { withPseudonymisation }] =
      await Promise.all([
        import("./commands/guard.js"),
        import("../core/settings.js"),
        import("../agents/models/factory.js"),
        import("../guards/pii/pseudonymising-engine.js"),
      ]);
    const settings = loadSettings();
    return guardCommand(args, io, {
      engine: withPseudonymisation(createModelEngine(settings)),
      judgeMode: settings.JUDGE_MODE,
    });
  },
  screen: async (args, io) => {
    const [{ screenCommand }, { openRuntime }] = await Promise.all([
      import("./commands/screen.js"),
      import("../runtime/index.js"),
    ]);
    return screenCommand(args, io, () => openRuntime(ONE_SHOT), await serverHoldingDirectory());
  },
  eval: async (args, io) => {
    if (args[0] === "worker-quality") {
      const [{ workerQualityCommand }, { loadSettings }, { createModelEngine }, { withPseudonymisation }] =
        await Promise.all([
          import("./commands/worker-quality.js"),
          import("../core/settings.js"),
          import("../agents/models/factory.js"),
          import("../guards/pii/pseudonymising-engine.js"),
        ]);
      const settings = loadSettings();
      return workerQualityCommand(args.slice(1), io, {
        settings,
        engineFor: async (column) =>
          column === "offline"
            ? createModelEngine({ ...settings, MODEL_PROVIDER: "offline" })
            : withPseudonymisation(createModelEngine(settings)),
      });
    }
    // Imported lazily and alone: the eval runner's start-up time is part of its budget.
    const [{ evalCommand }, { loadSettings }] = await Promise.all([
      import("./commands/eval.js"),
      import("../core/settings.js"),
    ]);
    const server = args.includes("--db") ? await serverHoldingDirectory() : undefined;
    return evalCommand(args, io, { settings: loadSettings(), ...(server ? { server } : {}) });
  },
  help: async (_args, io) => {
    io.stdout.write(USAGE);
    return EXIT.ok;
  },
};

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name = "help", ...rest] = argv;
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`garde-fou: unknown command "${name}"\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    const message = isGardeFouError(error)
      ? error.message
      : error instanceof Error
        ? error.message
        : String(error);
    io.stderr.write(`garde-fou ${name}: ${message}\n`);
    return isGardeFouError(error) && error.code !== "invalid_input" ? EXIT.failed : EXIT.usage;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCli(process.argv.slice(2));
}
