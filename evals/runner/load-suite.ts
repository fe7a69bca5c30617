// Reads suite files and folders, validates them, and reports every problem with the file, the case and the
// field it is in, so that a suite author can fix all of them in one go.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import type { z } from "zod";
import { InvalidInputError } from "../../core/errors.js";
import { EvalCase, type InlinePrompt, SuiteFile } from "./suite-schema.js";

export interface LoadedSuite {
  name: string;
  /** The suite file or folder. */
  path: string;
  /** Where recordings/ and baselines/ of this suite live (evals/ for the shipped suites). */
  root: string;
  description?: string;
  cases: EvalCase[];
  /** Which file each case came from, for messages and regression files. */
  caseFiles: Map<string, string>;
  prompts: Record<string, InlinePrompt>;
}

export class SuiteError extends InvalidInputError {
  constructor(readonly problems: string[]) {
    super(`invalid suite:\n  ${problems.join("\n  ")}`, { problems });
  }
}

const SUITE_EXTENSIONS = [".yaml", ".yml", ".json"];
const WORKER_QUALITY_DIR = "worker-quality";

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}

function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    "",
  );
}

function describeIssues(prefix: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${prefix}${issuePath(issue.path) || "(root)"}: ${issue.message}`);
}

async function parseFile(file: string, cacheDir: string | undefined): Promise<unknown> {
  const text = readFileSync(file, "utf8");
  if (extname(file) === ".json") {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new SuiteError([`${shown(file)}: not valid JSON (${(error as Error).message})`]);
    }
  }
  // Parsing YAML costs more than running a thousand replayed cases: keep the parsed form, keyed by content.
  const cached = cacheDir
    ? join(cacheDir, `${createHash("sha256").update(text).digest("hex").slice(0, 32)}.json`)
    : undefined;
  if (cached && existsSync(cached)) return JSON.parse(readFileSync(cached, "utf8"));
  // Loaded here only: the yaml parser is not needed by JSON suites or cached ones.
  const { parse } = await import("yaml");
  let value: unknown;
  try {
    value = parse(text, { prettyErrors: true });
  } catch (error) {
    throw new SuiteError([`${shown(file)}: not valid YAML (${(error as Error).message.split("\n")[0]})`]);
  }
  if (cached) {
    mkdirSync(cacheDir ?? "", { recursive: true });
    writeFileSync(cached, JSON.stringify(value));
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function withDefaults(raw: unknown, defaults: Record<string, unknown> | undefined): unknown {
  if (!defaults || !isRecord(raw)) return raw;
  const inherited = Array.isArray(defaults.assert) ? defaults.assert : [];
  const own = Array.isArray(raw.assert) ? raw.assert : [];
  return { ...defaults, ...raw, assert: [...inherited, ...own] };
}

interface FilePart {
  description?: string;
  cases: EvalCase[];
  prompts: Record<string, InlinePrompt>;
}

async function loadFile(
  file: string,
  problems: string[],
  cacheDir: string | undefined,
): Promise<FilePart | undefined> {
  const raw = await parseFile(file, cacheDir);
  const top = SuiteFile.safeParse(raw);
  if (!top.success) {
    problems.push(...describeIssues(`${shown(file)}: `, top.error));
    return undefined;
  }
  const cases: EvalCase[] = [];
  for (const [index, rawCase] of top.data.cases.entries()) {
    const id = isRecord(rawCase) && typeof rawCase.id === "string" ? rawCase.id : undefined;
    const parsed = EvalCase.safeParse(withDefaults(rawCase, top.data.defaults));
    if (parsed.success) cases.push(parsed.data);
    else
      problems.push(
        ...describeIssues(`${shown(file)}: case ${id ? `"${id}" ` : ""}(cases[${index}]) › `, parsed.error),
      );
  }
  const part: FilePart = { cases, prompts: top.data.prompts ?? {} };
  if (top.data.description) part.description = top.data.description;
  return part;
}

function suiteRoot(path: string): string {
  const parent = dirname(path);
  return basename(parent) === "suites" ? dirname(parent) : parent;
}

/**
 * Loads one suite file or folder; throws a SuiteError listing every problem found. With `cacheDir`, parsed
 * YAML is kept there as JSON under the hash of the file's content (validation still runs every time).
 */
export async function loadSuite(path: string, cacheDir?: string): Promise<LoadedSuite> {
  const full = resolve(path);
  if (!existsSync(full)) throw new SuiteError([`${shown(full)}: no such suite file or folder`]);
  const isFolder = statSync(full).isDirectory();
  const files = isFolder
    ? readdirSync(full)
        .filter((f) => SUITE_EXTENSIONS.includes(extname(f)))
        .sort()
        .map((f) => join(full, f))
    : [full];
  const problems: string[] = [];
  const suite: LoadedSuite = {
    name: isFolder ? basename(full) : basename(full, extname(full)),
    path: full,
    root: suiteRoot(full),
    cases: [],
    caseFiles: new Map(),
    prompts: {},
  };
  for (const file of files) {
    const part = await loadFile(file, problems, cacheDir);
    if (!part) continue;
    if (part.description && !suite.description) suite.description = part.description;
    Object.assign(suite.prompts, part.prompts);
    for (const c of part.cases) {
      const first = suite.caseFiles.get(c.id);
      if (first) problems.push(`${shown(file)}: case "${c.id}" › id: already used in ${shown(first)}`);
      else {
        suite.caseFiles.set(c.id, file);
        suite.cases.push(c);
      }
    }
  }
  if (problems.length > 0) throw new SuiteError(problems);
  return suite;
}

/** Suite arguments are names under `suitesDir` (file without extension, or folder) or paths. */
export function resolveSuitePaths(args: string[], suitesDir: string): string[] {
  if (args.length === 0) {
    if (!existsSync(suitesDir)) return [];
    return readdirSync(suitesDir)
      .filter(
        (entry) =>
          // worker-quality/ holds scored sets, not assertion suites: `eval worker-quality` runs them.
          entry !== WORKER_QUALITY_DIR &&
          (SUITE_EXTENSIONS.includes(extname(entry)) ||
            // A folder is a suite when it holds suite files.
            (statSync(join(suitesDir, entry)).isDirectory() &&
              readdirSync(join(suitesDir, entry)).some((f) => SUITE_EXTENSIONS.includes(extname(f))))),
      )
      .sort()
      .map((entry) => join(suitesDir, entry));
  }
  // A suite name wins over a same-named path: `eval guards` means the suite, not the project's guards/ folder.
  return args.map((arg) => {
    for (const candidate of [...SUITE_EXTENSIONS.map((ext) => `${arg}${ext}`), arg]) {
      const path = join(suitesDir, candidate);
      if (existsSync(path)) return path;
    }
    if (existsSync(arg)) return resolve(arg);
    throw new SuiteError([`${arg}: no suite of that name in ${shown(suitesDir)} and no such path`]);
  });
}
