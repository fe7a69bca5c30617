// Reads the policy packs once per process. Every *.yaml of a pack folder is a guard's rule file except
// pack.yaml (the pack's version); guards owned by other engineers drop their files in the same folders,
// so the loader must not list files by name.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Jurisdiction } from "../../core/contract.js";
import { ConfigurationError } from "../../core/errors.js";
import { fromRoot } from "../../core/paths.js";
import { readYamlData } from "../../core/yaml-data.js";
import {
  PACK_IDS,
  PACKS_FOR,
  PackFile,
  type PackId,
  PolicyFile,
  type ResolvedRule,
  type Rule,
} from "./schema.js";

export interface LoadedPack {
  pack: PackId;
  version: string;
  title: string;
  rules: Rule[];
  files: string[];
}

export interface Policies {
  packs: Record<PackId, LoadedPack>;
  /** Rules that apply in a jurisdiction, by id (later packs of PACKS_FOR win). "allow" rules are kept, marked. */
  forJurisdiction(jurisdiction: Jurisdiction): ReadonlyMap<string, ResolvedRule>;
  /** e.g. "eu@1.0.0+fr@1.0.0": what a report records so a verdict can be traced to the rules in force. */
  versionFor(jurisdiction: Jurisdiction): string;
}

function readYaml(path: string): unknown {
  try {
    return readYamlData(path);
  } catch (error) {
    throw new ConfigurationError(`Policy file ${path} is not valid YAML`, { path, cause: String(error) });
  }
}

function loadPack(dir: string, pack: PackId): LoadedPack {
  const manifest = PackFile.safeParse(readYaml(join(dir, pack, "pack.yaml")));
  if (!manifest.success)
    throw new ConfigurationError(`guards/policies/${pack}/pack.yaml is invalid`, {
      issues: manifest.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`),
    });
  if (manifest.data.pack !== pack)
    throw new ConfigurationError(`pack.yaml in ${pack}/ names pack ${manifest.data.pack}`);
  const files = readdirSync(join(dir, pack))
    .filter((f) => f.endsWith(".yaml") && f !== "pack.yaml")
    .sort();
  const rules: Rule[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const parsed = PolicyFile.safeParse(readYaml(join(dir, pack, file)));
    if (!parsed.success)
      throw new ConfigurationError(`Policy ${pack}/${file} is invalid`, {
        issues: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`),
      });
    if (parsed.data.pack !== pack)
      throw new ConfigurationError(`Policy ${pack}/${file} declares pack ${parsed.data.pack}`);
    for (const rule of parsed.data.rules) {
      // Two files claiming one id would make the policy depend on file order: refuse it.
      if (seen.has(rule.id)) throw new ConfigurationError(`Rule ${rule.id} is defined twice in pack ${pack}`);
      seen.add(rule.id);
      rules.push(rule);
    }
  }
  return { pack, version: manifest.data.version, title: manifest.data.title, rules, files };
}

export function loadPolicies(dir: string = fromRoot("guards", "policies")): Policies {
  const packs = Object.fromEntries(PACK_IDS.map((p) => [p, loadPack(dir, p)])) as Record<PackId, LoadedPack>;
  const cache = new Map<Jurisdiction, Map<string, ResolvedRule>>();
  return {
    packs,
    forJurisdiction(jurisdiction) {
      const hit = cache.get(jurisdiction);
      if (hit) return hit;
      const resolved = new Map<string, ResolvedRule>();
      for (const pack of PACKS_FOR[jurisdiction])
        for (const rule of packs[pack].rules)
          resolved.set(rule.id, {
            ...rule,
            pack,
            effective: rule.jurisdictionSeverity[jurisdiction] ?? rule.severity,
          });
      cache.set(jurisdiction, resolved);
      return resolved;
    },
    versionFor(jurisdiction) {
      return PACKS_FOR[jurisdiction].map((p) => `${p}@${packs[p].version}`).join("+");
    },
  };
}

let shared: Policies | undefined;

/** The packs shipped with the code, read on first use and kept for the life of the process. */
export function policies(): Policies {
  shared ??= loadPolicies();
  return shared;
}
