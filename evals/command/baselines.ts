// Finds the baseline of each suite: the committed file (default), a file given on the command line (a
// baseline file or a JSON report), or the latest run stored in the database.
import { readFileSync } from "node:fs";
import { InvalidInputError } from "../../core/errors.js";
import {
  BaselineFile,
  baselineFromResults,
  baselinePath,
  readBaselineFile,
} from "../baseline/baseline-file.js";
import type { LoadedSuite } from "../runner/load-suite.js";
import type { CaseResult, ColumnSpec } from "../runner/types.js";

interface ReportShape {
  run: { id: string; startedAt: string; columns: ColumnSpec[]; results: CaseResult[] };
}

function isReport(value: unknown): value is ReportShape {
  const run = (value as { run?: { results?: unknown; columns?: unknown } } | null)?.run;
  return Array.isArray(run?.results) && Array.isArray(run?.columns);
}

export function committedBaselines(suites: LoadedSuite[]): Map<string, BaselineFile> {
  const found = new Map<string, BaselineFile>();
  for (const suite of suites) {
    const baseline = readBaselineFile(baselinePath(suite.root, suite.name));
    if (baseline) found.set(suite.name, baseline);
  }
  return found;
}

export function baselinesFromFile(file: string, suites: LoadedSuite[]): Map<string, BaselineFile> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new InvalidInputError(`--baseline: cannot read ${file} (${(error as Error).message})`, {
      flag: "baseline",
    });
  }
  const found = new Map<string, BaselineFile>();
  if (isReport(value)) {
    const column = value.run.columns[0];
    if (!column) return found;
    for (const suite of suites)
      if (value.run.results.some((r) => r.suite === suite.name))
        found.set(
          suite.name,
          baselineFromResults(
            suite.name,
            value.run.id,
            new Date(value.run.startedAt),
            column,
            value.run.results,
          ),
        );
    return found;
  }
  const parsed = BaselineFile.safeParse(value);
  if (!parsed.success)
    throw new InvalidInputError(`--baseline: ${file} is neither a baseline file nor a JSON report`, {
      flag: "baseline",
    });
  found.set(parsed.data.suite, parsed.data);
  return found;
}
