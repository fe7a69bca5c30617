// The prompt registry: every prompts/<name>/v<N>.yaml, read once, checked at load (schema, file name,
// declared variables = used variables), so a broken prompt file fails at start-up, not mid-run.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { ConfigurationError, NotFoundError } from "../core/errors.js";
import type { ChatMessage, PromptRef } from "../core/models.js";
import { fromRoot } from "../core/paths.js";
import { readYamlData } from "../core/yaml-data.js";
import { FILE_NAME, PromptFile, parseVersion } from "./prompt-file.js";
import { renderStrict, type TemplateValues, templateVariables } from "./template.js";

export interface Prompt extends PromptFile {
  /** What a model call records: the name and "v<N>". */
  ref: PromptRef;
  /** The file it came from, relative to the prompts folder. */
  file: string;
}

/** Pins prompts to versions, e.g. `{ "guard-judge": 2 }`, for evals that compare versions. */
export type PromptVersionOverrides = Readonly<Record<string, number | string>>;

export const PROMPTS_DIR = fromRoot("prompts");

function loadFile(dir: string, folder: string, fileName: string): Prompt {
  const path = join(dir, folder, fileName);
  const file = relative(dir, path);
  const fail = (problem: string) => new ConfigurationError(`prompt file ${file}: ${problem}`, { file });
  let raw: unknown;
  try {
    raw = readYamlData(path);
  } catch (error) {
    throw fail(`not valid YAML (${error instanceof Error ? error.message : "unknown error"})`);
  }
  const parsed = PromptFile.safeParse(raw);
  if (!parsed.success)
    throw fail(
      parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; "),
    );
  const prompt = parsed.data;
  if (prompt.name !== folder) throw fail(`name "${prompt.name}" differs from its folder "${folder}"`);
  if (prompt.version !== Number(FILE_NAME.exec(fileName)?.[1]))
    throw fail(`version ${prompt.version} differs from its file name`);
  let used: string[];
  try {
    used = [...new Set(prompt.messages.flatMap((message) => templateVariables(message.template)))];
  } catch (error) {
    throw fail(`bad template (${error instanceof Error ? error.message : "unknown error"})`);
  }
  const declared = new Set(prompt.variables);
  const undeclared = used.filter((name) => !declared.has(name));
  const unused = prompt.variables.filter((name) => !used.includes(name));
  if (undeclared.length > 0) throw fail(`uses undeclared variables ${undeclared.join(", ")}`);
  if (unused.length > 0) throw fail(`declares unused variables ${unused.join(", ")}`);
  return { ...prompt, ref: { name: prompt.name, version: `v${prompt.version}` }, file };
}

export class PromptRegistry {
  private readonly byName = new Map<string, Prompt[]>();

  constructor(prompts: readonly Prompt[]) {
    for (const prompt of prompts) {
      const versions = this.byName.get(prompt.name) ?? [];
      if (versions.some((other) => other.version === prompt.version))
        throw new ConfigurationError(`prompt ${prompt.name} v${prompt.version} is defined twice`, {
          file: prompt.file,
        });
      versions.push(prompt);
      versions.sort((a, b) => a.version - b.version);
      this.byName.set(prompt.name, versions);
    }
  }

  /** Every version of every prompt, by name then version. */
  list(): Prompt[] {
    return [...this.byName.keys()].sort().flatMap((name) => this.byName.get(name) ?? []);
  }

  /** An explicit version wins, then an override, then the highest version. */
  get(name: string, version?: number | string, overrides: PromptVersionOverrides = {}): Prompt {
    const versions = this.byName.get(name) ?? [];
    const latest = versions.at(-1);
    if (!latest) throw new NotFoundError("prompt", name);
    const wanted = version ?? overrides[name];
    if (wanted === undefined) return latest;
    const number = parseVersion(wanted);
    const found = versions.find((prompt) => prompt.version === number);
    if (!found) throw new NotFoundError("prompt", `${name} v${number}`);
    return found;
  }
}

export function loadPromptRegistry(dir: string = PROMPTS_DIR): PromptRegistry {
  const prompts: Prompt[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const fileName of readdirSync(join(dir, entry.name)).sort()) {
      if (FILE_NAME.test(fileName)) prompts.push(loadFile(dir, entry.name, fileName));
    }
  }
  return new PromptRegistry(prompts);
}

let shared: PromptRegistry | undefined;

/** The registry of the package's prompts folder, loaded on first use. */
export function promptRegistry(): PromptRegistry {
  shared ??= loadPromptRegistry();
  return shared;
}

export function getPrompt(
  name: string,
  version?: number | string,
  overrides?: PromptVersionOverrides,
): Prompt {
  return promptRegistry().get(name, version, overrides);
}

/** The prompt's messages with every variable filled; throws MissingPromptVariableError on a gap. */
export function renderPrompt(prompt: Prompt, values: TemplateValues): ChatMessage[] {
  const label = `${prompt.ref.name} ${prompt.ref.version}`;
  return prompt.messages.map((message) => ({
    role: message.role,
    content: renderStrict(label, message.template, values),
  }));
}
