// `garde-fou guard --input FILE.jsonl|- [--jurisdiction FR|EU|US] [--kind KIND]` (contract.md): one JSON
// object per input line, one per output line, in the same order, streamed so that large files never sit
// in memory. A bad line is answered with an {"id"?, "error"} line and the run goes on; only a run that
// cannot start (bad flag, unreadable file) exits non-zero.
import { createReadStream } from "node:fs";
import { access, constants } from "node:fs/promises";
import { createInterface } from "node:readline";
import { z } from "zod";
import { DEFAULT_JURISDICTION, type Finding, Jurisdiction, TextKind } from "../../core/contract.js";
import { type GuardDeps, runGuards } from "../../guards/engine.js";
import { EXIT } from "../io.js";

export interface GuardIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = "usage: garde-fou guard --input FILE.jsonl|- [--jurisdiction FR|EU|US] [--kind KIND]\n";
/** Lines checked at once; output order is kept whatever order they finish in. */
const WINDOW = 4;

const Line = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string(),
  kind: TextKind.optional(),
  jurisdiction: Jurisdiction.optional(),
  sources: z.array(z.string()).optional(),
});

interface Flags {
  input: string;
  jurisdiction?: Jurisdiction;
  kind?: TextKind;
}

function parseFlags(args: readonly string[]): Flags | string {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const [name, inline] = arg.startsWith("--") ? arg.slice(2).split(/=(.*)/s, 2) : [undefined, undefined];
    if (!name || !["input", "jurisdiction", "kind"].includes(name)) return `unknown argument "${arg}"`;
    const value = inline ?? args[++i];
    if (value === undefined || (inline === undefined && value.startsWith("--") && value !== "-"))
      return `--${name} needs a value`;
    values[name] = value;
  }
  if (!values.input) return "--input is required";
  const flags: Flags = { input: values.input };
  if (values.jurisdiction !== undefined) {
    const j = Jurisdiction.safeParse(values.jurisdiction.toUpperCase());
    if (!j.success) return `--jurisdiction must be one of FR, EU, US (got "${values.jurisdiction}")`;
    flags.jurisdiction = j.data;
  }
  if (values.kind !== undefined) {
    const k = TextKind.safeParse(values.kind);
    if (!k.success) return `--kind must be one of ${TextKind.options.join(", ")} (got "${values.kind}")`;
    flags.kind = k.data;
  }
  return flags;
}

/** Exactly the contract's finding fields: explanations stay in the trace, not in this interface. */
function contractFinding(f: Finding) {
  return {
    guard: f.guard,
    rule: f.rule,
    criteria: f.criteria,
    severity: f.severity,
    start: f.start,
    end: f.end,
    evidence: f.evidence,
    legalBasis: f.legalBasis,
    ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
    ...(f.confidence !== undefined ? { confidence: f.confidence } : {}),
    ...(f.unsure ? { unsure: true } : {}),
  };
}

function idOf(raw: unknown): { id?: string | number } {
  if (raw && typeof raw === "object" && "id" in raw) {
    const id = (raw as { id: unknown }).id;
    if (typeof id === "string" || typeof id === "number") return { id };
  }
  return {};
}

export async function checkLine(line: string, flags: Omit<Flags, "input">, deps: GuardDeps): Promise<object> {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { error: "invalid JSON" };
  }
  const parsed = Line.safeParse(raw);
  if (!parsed.success)
    return {
      ...idOf(raw),
      error: parsed.error.issues.map((i) => `${i.path.join(".") || "(line)"}: ${i.message}`).join("; "),
    };
  const l = parsed.data;
  try {
    const report = await runGuards(
      {
        text: l.text,
        kind: l.kind ?? flags.kind ?? "free_text",
        jurisdiction: l.jurisdiction ?? flags.jurisdiction ?? DEFAULT_JURISDICTION,
        ...(l.sources ? { sources: l.sources } : {}),
      },
      deps,
    );
    return {
      ...(l.id !== undefined ? { id: l.id } : {}),
      verdict: report.verdict,
      findings: report.findings.map(contractFinding),
    };
  } catch (error) {
    // runGuards turns failed checks into data; reaching here is a bug (e.g. a broken policy file), and the
    // line says so rather than the run stopping halfway through a file.
    return {
      ...(l.id !== undefined ? { id: l.id } : {}),
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

function write(out: NodeJS.WritableStream, value: object): Promise<void> {
  return new Promise((resolve) => {
    if (out.write(`${JSON.stringify(value)}\n`)) resolve();
    else out.once("drain", () => resolve());
  });
}

export async function guardCommand(args: string[], io: GuardIo, deps: GuardDeps): Promise<number> {
  const flags = parseFlags(args);
  if (typeof flags === "string") {
    io.stderr.write(`garde-fou guard: ${flags}\n${USAGE}`);
    return EXIT.usage;
  }
  let input: NodeJS.ReadableStream;
  if (flags.input === "-") input = io.stdin;
  else {
    try {
      await access(flags.input, constants.R_OK);
    } catch {
      io.stderr.write(`garde-fou guard: cannot read ${flags.input}\n`);
      return EXIT.usage;
    }
    input = createReadStream(flags.input, { encoding: "utf8" });
  }
  const { input: _file, ...lineFlags } = flags;
  const pending: Array<Promise<object>> = [];
  try {
    const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      if (line.trim() === "") continue;
      pending.push(checkLine(line, lineFlags, deps));
      if (pending.length >= WINDOW) await write(io.stdout, await (pending.shift() as Promise<object>));
    }
    while (pending.length > 0) await write(io.stdout, await (pending.shift() as Promise<object>));
  } catch (error) {
    io.stderr.write(
      `garde-fou guard: reading ${flags.input} failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return EXIT.usage;
  }
  return EXIT.ok;
}
