// Recorded model answers: one JSON object a line in evals/recordings/<suite>.jsonl, keyed by a stable hash of
// what was asked, so that suites replay offline and identically in CI.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { InvalidInputError } from "../../core/errors.js";
import type { ChatMessage } from "../../core/models.js";

export interface ChatRecording {
  key: string;
  case: string;
  provider: string;
  model: string;
  /** `name@version`, for people reading the file; the key already covers it. */
  prompt: string;
  text: string;
  data?: unknown;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number;
}

export interface EmbedRecording {
  key: string;
  case: string;
  kind: "embed";
  provider: string;
  model: string;
  vectors: number[][];
}

export type Recording = ChatRecording | EmbedRecording;

export interface ChatKeyParts {
  provider: string;
  model: string;
  promptName: string;
  promptVersion: string;
  messages: ChatMessage[];
  structured: boolean;
}

const hash = (value: unknown) =>
  createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 32);

/** Stable across runs and machines: only what was asked, in a fixed order. */
export function chatKey(p: ChatKeyParts): string {
  return hash([
    "chat",
    p.provider,
    p.model,
    p.promptName,
    p.promptVersion,
    p.messages.map((m) => [m.role, m.content]),
    p.structured,
  ]);
}

export function embedKey(provider: string, model: string, texts: string[]): string {
  return hash(["embed", provider, model, texts]);
}

export class RecordingStore {
  private readonly entries = new Map<string, Recording>();
  private changed = false;

  private constructor(readonly file: string) {}

  static load(file: string): RecordingStore {
    const store = new RecordingStore(file);
    if (!existsSync(file)) return store;
    const lines = readFileSync(file, "utf8").split("\n");
    for (const [i, line] of lines.entries()) {
      if (line.trim() === "") continue;
      let entry: Recording;
      try {
        entry = JSON.parse(line) as Recording;
      } catch {
        throw new InvalidInputError(`${file}:${i + 1}: not a JSON line`, { file, line: i + 1 });
      }
      if (typeof entry.key !== "string")
        throw new InvalidInputError(`${file}:${i + 1}: no key`, { file, line: i + 1 });
      store.entries.set(entry.key, entry);
    }
    return store;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): Recording | undefined {
    return this.entries.get(key);
  }

  put(entry: Recording): void {
    this.entries.set(entry.key, entry);
    this.changed = true;
  }

  /** Writes the file when something was added, sorted by case so that diffs stay readable. */
  save(): boolean {
    if (!this.changed) return false;
    const sorted = [...this.entries.values()].sort((a, b) =>
      a.case === b.case ? a.key.localeCompare(b.key) : a.case.localeCompare(b.case),
    );
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, `${sorted.map((e) => JSON.stringify(e)).join("\n")}\n`);
    this.changed = false;
    return true;
  }
}
