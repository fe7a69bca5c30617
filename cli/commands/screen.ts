// `garde-fou screen --job JOB.txt --cvs CVS.jsonl [--jurisdiction FR|EU|US]`: one screening run; one line
// per CV out, best first: {"id","score","rank","rationale","verdict","findings"}. A run that recommends any
// rejection waits for a person (RGPD art. 22): its lines carry verdict "review" and stderr says which run
// to decide on.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { Jurisdiction } from "../../core/contract.js";
import { InvalidInputError } from "../../core/errors.js";
import { startRun } from "../../graphs/runner.js";
import { type ScreeningOutput, ScreeningOutputShape } from "../../graphs/screening/output.js";
import { screeningDraft } from "../../graphs/screening/pending.js";
import type { Runtime } from "../../runtime/index.js";
import { type CliIo, EXIT } from "../io.js";
import type { ServerClient } from "../server-client.js";
import { readStdin } from "./run.js";

const USAGE = "usage: garde-fou screen --job JOB.txt --cvs CVS.jsonl [--jurisdiction FR|EU|US]";

/** CVS.jsonl lines: {"id", "text", "group"?}; blank lines are skipped, a malformed one stops the run. */
export function parseCvLines(raw: string): unknown[] {
  const cvs: unknown[] = [];
  raw.split(/\r?\n/u).forEach((line, i) => {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InvalidInputError(`--cvs line ${i + 1}: not valid JSON`, { line: i + 1 });
    }
    if (typeof value !== "object" || value === null || Array.isArray(value))
      throw new InvalidInputError(`--cvs line ${i + 1}: must be an object {"id", "text"}`, { line: i + 1 });
    cvs.push(value);
  });
  return cvs;
}

export interface ScreenLine {
  id: string;
  score: number;
  rank: number;
  rationale: string;
  verdict: string;
  findings: unknown[];
}

/** A blocked rationale is never shown, even to the recruiter: its line keeps the figures and the findings. */
export function linesOf(output: ScreeningOutput): ScreenLine[] {
  return output.ranking.map((e) => ({
    id: e.id,
    score: e.score,
    rank: e.rank,
    rationale: e.verdict === "block" ? "" : e.rationale,
    verdict: e.verdict,
    findings: e.findings,
  }));
}

export async function screenCommand(
  args: string[],
  io: CliIo,
  openRuntime: () => Promise<Runtime>,
  server?: ServerClient,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      job: { type: "string" },
      cvs: { type: "string" },
      jurisdiction: { type: "string", short: "j" },
    },
  });
  if (!values.job || !values.cvs) throw new InvalidInputError(USAGE);
  if (values.job === "-" && values.cvs === "-")
    throw new InvalidInputError("--job and --cvs cannot both be standard input");
  const read = (path: string) => (path === "-" ? readStdin(io.stdin) : readFile(path, "utf8"));
  const [job, rawCvs] = await Promise.all([read(values.job), read(values.cvs)]);
  const cvs = parseCvLines(rawCvs);
  const jurisdiction = values.jurisdiction ? Jurisdiction.safeParse(values.jurisdiction) : undefined;
  if (jurisdiction && !jurisdiction.success)
    throw new InvalidInputError("--jurisdiction: must be FR, EU or US");
  const request = {
    workflow: "screening",
    input: { job, cvs },
    ...(jurisdiction?.data ? { jurisdiction: jurisdiction.data } : {}),
  };
  if (server) {
    // Through the server holding the embedded directory: a waiting run's answer carries its draft.
    const result = await server.request<RemoteResult>("POST", "/v1/runs", request);
    const shown = result.status === "released" ? result.output : result.review?.draft;
    return report(io, result, ScreeningOutputShape.safeParse(shown).data);
  }
  const runtime = await openRuntime();
  try {
    const result = await startRun(runtime.runs, request);
    const output =
      result.status === "failed"
        ? undefined
        : result.status === "released"
          ? ScreeningOutputShape.safeParse(result.output).data
          : await screeningDraft(runtime.checkpointer, result.runId);
    return report(io, result, output);
  } finally {
    await runtime.close();
  }
}

interface RemoteResult {
  runId: string;
  status: string;
  error?: { message: string };
  output?: unknown;
  review?: { draft?: unknown };
}

function report(
  io: CliIo,
  result: { runId: string; status: string; error?: { message: string } | undefined },
  output: ScreeningOutput | undefined,
): number {
  if (result.status === "failed") {
    io.stderr.write(
      `garde-fou screen: run ${result.runId} failed: ${result.error?.message ?? "unknown error"}\n`,
    );
    return EXIT.failed;
  }
  if (!output) throw new Error(`run ${result.runId} holds no ranking`);
  for (const line of linesOf(output)) io.stdout.write(`${JSON.stringify(line)}\n`);
  const reasons = output.reviewReasons.length ? ` ${output.reviewReasons.join(" ")}` : "";
  io.stderr.write(`garde-fou screen: run ${result.runId} ${result.status}.${reasons}\n`);
  return EXIT.ok;
}
