// A finding's "why", in the page's language: the guards write some phrases in English and some in French
// (areas/explain.ts lists them with holes); each phrase written in the other language is rewritten. What no
// phrase covers stays as the guard wrote it.

import { fr as explainFr } from "./areas/explain.js";
import { LOCALES, type Locale, MESSAGES, type MessageKey } from "./catalog.js";

const KEYS = Object.keys(explainFr) as MessageKey[];
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface Rewrite {
  pattern: RegExp;
  holes: string[];
  key: MessageKey;
}

function compile(source: string, key: MessageKey): Rewrite {
  const holes: string[] = [];
  const parts = source.split(/\{(\w+)\}/);
  let re = "";
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      holes.push(part);
      // A hole that ends the phrase takes the rest of the line; any other stops at the next literal.
      re += i === parts.length - 2 && parts[i + 1] === "" ? "([^\\n]+)" : "(.+?)";
    } else re += escapeRegExp(part);
  });
  return { pattern: new RegExp(re, "g"), holes, key };
}

// For each target language, the phrases of the other languages, longest first so a phrase is not cut by a
// shorter one it contains.
const REWRITES: Record<Locale, Rewrite[]> = Object.fromEntries(
  LOCALES.map((target) => [
    target,
    LOCALES.filter((l) => l !== target)
      .flatMap((other) =>
        KEYS.filter((k) => MESSAGES[other][k] !== MESSAGES[target][k]).map((k) =>
          compile(MESSAGES[other][k], k),
        ),
      )
      .sort((a, b) => b.pattern.source.length - a.pattern.source.length),
  ]),
) as Record<Locale, Rewrite[]>;

export function localizeExplanation(locale: Locale, text: string): string {
  let out = text;
  for (const r of REWRITES[locale]) {
    out = out.replace(r.pattern, (...m: unknown[]) => {
      const values = Object.fromEntries(r.holes.map((h, i) => [h, String(m[i + 1])]));
      return MESSAGES[locale][r.key].replace(/\{(\w+)\}/g, (_, h: string) => values[h] ?? "");
    });
  }
  return out;
}
