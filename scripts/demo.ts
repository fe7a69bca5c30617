// `npm run demo`: every workflow on its sample input, on an in-memory database with the offline engine,
// showing for each run what was released, revised, sent to a person or blocked, and why.
import { existsSync, readFileSync } from "node:fs";
import { fromRoot } from "../core/paths.js";
import { loadSettings } from "../core/settings.js";
import { getRunDetail } from "../db/queries/runs.js";
import { WORKFLOWS, type WorkflowId, workflowDefinition } from "../graphs/registry.js";
import { type RunResult, startRun } from "../graphs/runner.js";
import { openRuntime } from "../runtime/index.js";

const out = (line = "") => process.stdout.write(`${line}\n`);
const indent = (text: string, prefix = "    ") =>
  text
    .split("\n")
    .map((l) => `${prefix}${l}`)
    .join("\n");

function sampleFile(workflow: WorkflowId): string {
  return fromRoot("samples", `${workflow.replace(/_/g, "-")}.json`);
}

function outcome(result: RunResult): string {
  const revised = result.revisions > 0 ? `, revised ${result.revisions} time(s)` : "";
  switch (result.status) {
    case "released":
      return `RELEASED${revised}`;
    case "needs_review":
      return `SENT TO REVIEW${revised} (waiting for a person's decision)`;
    case "blocked":
      return `BLOCKED${revised}`;
    default:
      return `FAILED: ${result.error?.code ?? "?"} ${result.error?.message ?? ""}`;
  }
}

type Output = Record<string, unknown>;

function describeOutput(workflow: WorkflowId, output: Output): string {
  if (workflow === "ad_writing") return String(output.text ?? "");
  if (workflow === "summary")
    return `${String(output.text ?? "")}\n(${String(output.droppedProtected ?? 0)} sentence(s) left out for a protected attribute)`;
  if (workflow === "document_check") {
    const documents = (output.documents ?? []) as Array<{ id: string; type: string; fields: unknown[] }>;
    const issues = (output.issues ?? []) as Array<{ documentId?: string; code: string; message: string }>;
    const lines = documents.map((d) => `${d.id}: ${d.type}, ${d.fields.length} field(s) extracted`);
    lines.push(issues.length === 0 ? "no issue found" : `${issues.length} issue(s):`);
    for (const i of issues) lines.push(`  - [${i.documentId ?? "*"}] ${i.code}: ${i.message}`);
    return lines.join("\n");
  }
  const { disclosure: _disclosure, ...rest } = output;
  return JSON.stringify(rest, null, 2);
}

async function main(): Promise<number> {
  const settings = loadSettings({ PGLITE_DIR: "memory://", MODEL_PROVIDER: "offline", LOG_LEVEL: "silent" });
  const runtime = await openRuntime({ settings });
  let failed = 0;
  try {
    out(`garde-fou ${runtime.version} demo: offline engine, in-memory database, checkpoints in PostgreSQL`);
    for (const workflow of WORKFLOWS) {
      out();
      if (!workflowDefinition(workflow) || !existsSync(sampleFile(workflow))) {
        out(`== ${workflow}: not available yet (no registry entry or no sample), skipped`);
        continue;
      }
      const input: unknown = JSON.parse(readFileSync(sampleFile(workflow), "utf8"));
      const result = await startRun(runtime.runs, { workflow, input });
      if (result.status === "failed") failed++;
      out(`== ${workflow} (run ${result.runId}): ${outcome(result)}; verdict ${result.verdict ?? "none"}`);
      // The trace keeps every draft's findings: they say what the revisions took out.
      const detail = await getRunDetail(runtime.database.db, result.runId);
      const earlier = new Map(
        (detail?.findings ?? [])
          .filter((f) => f.revision < result.revisions)
          .map((f) => [`${f.revision}/${f.guard}/${f.rule}/${f.target ?? ""}/${f.start}`, f]),
      );
      for (const f of earlier.values())
        out(`  revised away (draft ${f.revision}): ${f.guard}/${f.rule} [${f.severity}] « ${f.evidence} »`);
      if (result.findings.length > 0) {
        out("  findings on the last draft:");
        for (const f of result.findings)
          out(
            `    - ${f.guard}/${f.rule} [${f.severity}]${f.target ? ` in ${f.target}` : ""}: « ${f.evidence} » ${f.legalBasis.join(", ")}`,
          );
      } else out("  findings on the last draft: none");
      if (result.output) {
        out("  released output:");
        out(indent(describeOutput(workflow, result.output)));
      }
    }
  } finally {
    await runtime.close();
  }
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
