// A suite's baseline: the status and output fingerprint of every case in a reference run. Committed under
// evals/baselines/<suite>.json for the shipped suites, so that CI compares every change with them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";
import { InvalidInputError } from "../../core/errors.js";
import { CASE_STATUSES, type CaseResult, type ColumnSpec } from "../runner/types.js";

export const BaselineCase = z.object({
  status: z.enum(CASE_STATUSES),
  outputHash: z.string(),
  /** Types of the assertions that did not pass, for the report. */
  failing: z.array(z.string()).optional(),
});

export const BaselineFile = z.object({
  version: z.literal(1),
  suite: z.string(),
  runId: z.string(),
  createdAt: z.string(),
  provider: z.string(),
  promptVersions: z.record(z.string(), z.string()),
  cases: z.record(z.string(), BaselineCase),
});
export type BaselineFile = z.infer<typeof BaselineFile>;

export function baselinePath(root: string, suite: string): string {
  return join(root, "baselines", `${suite}.json`);
}

/** The baseline of one suite from one column of a run (the first column when several ran). */
export function baselineFromResults(
  suite: string,
  runId: string,
  createdAt: Date,
  column: ColumnSpec,
  results: CaseResult[],
): BaselineFile {
  const cases: BaselineFile["cases"] = {};
  const mine = results
    .filter((r) => r.suite === suite && r.column === column.label)
    .sort((a, b) => a.caseId.localeCompare(b.caseId));
  for (const r of mine) {
    const failing = r.assertions.filter((a) => a.status !== "pass").map((a) => a.type);
    cases[r.caseId] = {
      status: r.status,
      outputHash: r.outputHash,
      ...(failing.length > 0 ? { failing } : {}),
    };
  }
  return {
    version: 1,
    suite,
    runId,
    createdAt: createdAt.toISOString(),
    provider: column.provider,
    promptVersions: column.promptVersions,
    cases,
  };
}

export function readBaselineFile(file: string): BaselineFile | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = BaselineFile.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success)
    throw new InvalidInputError(
      `${file}: not a baseline file (${parsed.error.issues[0]?.message ?? "invalid"})`,
      { file },
    );
  return parsed.data;
}

/** JSON as the repository's formatter prints it (objects expanded, short arrays of scalars on one line), so
 * that a baseline written by --update-baseline passes `biome check` unchanged. */
export function formatJson(value: unknown, indent = ""): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const flat = `[${value.map((v) => JSON.stringify(v)).join(", ")}]`;
    if (value.every((v) => typeof v !== "object" || v === null) && indent.length + flat.length < 100)
      return flat;
    return `[\n${value.map((v) => `${inner}${formatJson(v, inner)}`).join(",\n")}\n${indent}]`;
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return "{}";
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`).join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

export function writeBaselineFile(file: string, baseline: BaselineFile): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${formatJson(baseline)}\n`);
}
