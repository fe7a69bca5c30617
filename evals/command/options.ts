// The `garde-fou eval` arguments, parsed and checked; a wrong one is an error naming the flag.
import { parseArgs } from "node:util";
import { InvalidInputError } from "../../core/errors.js";
import { PROVIDERS, type ProviderId } from "../../core/models.js";
import { KNOWN_FAILURE_POLICIES, type KnownFailurePolicy } from "../../core/settings.js";
import { REPORT_FORMATS, type ReportFormat } from "../reports/write-reports.js";
import { EVAL_MODES, type EvalMode } from "../runner/recording-engine.js";

export const EVAL_USAGE = `usage: garde-fou eval [suite...] [options]

Runs regression suites (names under evals/suites, or paths). Default: every shipped suite, replayed.

  --mode replay|record|live     replay recorded answers (default, no network), record new ones, or call live
  --provider P                  offline | mistral | openai | ollama (default: MODEL_PROVIDER)
  --providers a,b               one column per provider, side by side
  --prompt name=version         use this prompt version (repeatable)
  --prompt-versions name=v1,v2  one column per version, side by side (repeatable)
  --concurrency N               cases in flight (default 8)
  --baseline latest|FILE|none   compare with (default: evals/baselines/<suite>.json when present)
  --update-baseline             write evals/baselines/<suite>.json from this run
  --report-dir DIR              where reports go (default .garde-fou/evals/<run id>)
  --format md,html,json         report formats (default all three)
  --no-cache                    do not reuse cached answers (live mode) or parsed suites
  --db                          store the run in the database (eval_runs, eval_case_results)
  --known-failures show|fail    cases failing in the baseline too: listed always; fail makes them exit 1
                                (default: EVAL_KNOWN_FAILURES, itself show by default)

Exit status: 0, 1 on a regression against the baseline (or any failure in a suite without one, a known
failure under --known-failures fail, a case error in record or live mode), 2 on bad usage or an
unreachable provider in record or live mode.`;

export interface EvalOptions {
  suites: string[];
  mode: EvalMode;
  providers: ProviderId[] | undefined;
  prompt: Record<string, string>;
  promptVersions: Record<string, string[]>;
  concurrency: number;
  baseline: { kind: "default" } | { kind: "none" } | { kind: "latest" } | { kind: "file"; path: string };
  updateBaseline: boolean;
  reportDir: string | undefined;
  formats: ReportFormat[];
  cache: boolean;
  db: boolean;
  /** undefined: the EVAL_KNOWN_FAILURES setting decides. */
  knownFailures: KnownFailurePolicy | undefined;
  help: boolean;
}

function oneOf<T extends string>(flag: string, allowed: readonly T[], value: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InvalidInputError(`--${flag}: ${JSON.stringify(value)} is not one of ${allowed.join(", ")}`, {
    flag,
  });
}

function pairs(flag: string, values: string[]): Array<[string, string]> {
  return values.map((v) => {
    const at = v.indexOf("=");
    if (at <= 0 || at === v.length - 1)
      throw new InvalidInputError(`--${flag}: expected name=version, got ${v}`, { flag });
    return [v.slice(0, at), v.slice(at + 1)];
  });
}

const split = (value: string) =>
  value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

export function parseEvalArgs(args: string[]): EvalOptions {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    throw new InvalidInputError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const concurrency = Number(values.concurrency ?? "8");
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
    throw new InvalidInputError("--concurrency: a whole number from 1 to 64", { flag: "concurrency" });
  if (values.provider && values.providers)
    throw new InvalidInputError("--provider and --providers: give one of them", { flag: "providers" });
  const providerList = values.providers
    ? split(values.providers)
    : values.provider
      ? [values.provider]
      : undefined;
  const promptVersions: Record<string, string[]> = {};
  for (const [name, list] of pairs("prompt-versions", values["prompt-versions"] ?? []))
    promptVersions[name] = split(list);
  const baselineFlag = values.baseline;
  const baseline: EvalOptions["baseline"] =
    baselineFlag === undefined
      ? { kind: "default" }
      : baselineFlag === "none"
        ? { kind: "none" }
        : baselineFlag === "latest"
          ? { kind: "latest" }
          : { kind: "file", path: baselineFlag };
  return {
    suites: positionals,
    mode: oneOf("mode", EVAL_MODES, values.mode ?? "replay"),
    providers: providerList?.map((p) => oneOf("providers", PROVIDERS, p)),
    prompt: Object.fromEntries(pairs("prompt", values.prompt ?? [])),
    promptVersions,
    concurrency,
    baseline,
    updateBaseline: values["update-baseline"] ?? false,
    reportDir: values["report-dir"],
    formats: split(values.format ?? REPORT_FORMATS.join(",")).map((f) => oneOf("format", REPORT_FORMATS, f)),
    cache: !(values["no-cache"] ?? false),
    db: values.db ?? false,
    knownFailures:
      values["known-failures"] === undefined
        ? undefined
        : oneOf("known-failures", KNOWN_FAILURE_POLICIES, values["known-failures"]),
    help: values.help ?? false,
  };
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      mode: { type: "string" },
      provider: { type: "string" },
      providers: { type: "string" },
      prompt: { type: "string", multiple: true },
      "prompt-versions": { type: "string", multiple: true },
      concurrency: { type: "string" },
      baseline: { type: "string" },
      "update-baseline": { type: "boolean" },
      "report-dir": { type: "string" },
      format: { type: "string" },
      "no-cache": { type: "boolean" },
      db: { type: "boolean" },
      "known-failures": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}
