// A finding's "why", in the page's language. The guards write every reason from one table of codes
// (core/reasons.ts); here each code's written text is found in the explanation, its evidence kept and its
// labelled holes (criterion, kind, frame, practice) shown by their labels, and it is rewritten in the
// reader's language from the catalogue (areas/reasons.ts, complete by construction). The hallucination
// guard's French phrases (areas/explain.ts) are still matched as phrases.

import { CRITERIA, TEXT_KINDS } from "../../core/contract.js";
import { holesOf, REASONS, type ReasonCode } from "../../core/reasons.js";
import { fr as explainFr } from "./areas/explain.js";
import { REASON_LABELS, REASON_TEXT } from "./areas/reasons.js";
import { LOCALES, type Locale, label, MESSAGES, type MessageKey } from "./catalog.js";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const shown = (labels: Readonly<Record<string, string>>, value: string) => labels[value] ?? value;

/** The codes a labelled hole can hold, and how the page names each. */
const LABELLED: Readonly<
  Record<string, { values: readonly string[]; show: (l: Locale, v: string) => string }>
> = {
  criterion: { values: CRITERIA, show: (l, v) => label(l, "criterion", v) },
  kind: { values: TEXT_KINDS, show: (l, v) => label(l, "kind", v) },
  frame: { values: Object.keys(REASON_LABELS.frame.en), show: (l, v) => shown(REASON_LABELS.frame[l], v) },
  practice: {
    values: Object.keys(REASON_LABELS.practice.en),
    show: (l, v) => shown(REASON_LABELS.practice[l], v),
  },
};

interface Rewrite {
  /** The length of the written text: longer first, so a reason is not cut by a shorter one it begins with. */
  length: number;
  pattern: RegExp;
  holes: string[];
  fill: (locale: Locale, values: Readonly<Record<string, string>>) => string;
}

/** A regex for a text with {holes}: evidence after a quote stops at the closing quote; a last hole takes the line. */
function compile(source: string): { length: number; pattern: RegExp; holes: string[] } {
  const holes: string[] = [];
  const parts = source.split(/\{(\w+)\}/);
  let re = "";
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      re += escapeRegExp(part);
      return;
    }
    holes.push(part);
    const labelled = LABELLED[part];
    const before = parts[i - 1] ?? "";
    if (labelled)
      re += `(${[...labelled.values]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join("|")})`;
    else if (before.endsWith("«")) re += "([^»]+?)";
    else if (before.endsWith('"')) re += '([^"]+?)';
    else re += i === parts.length - 2 && parts[i + 1] === "" ? "([^\\n]+)" : "(.+?)";
  });
  return { length: source.length, pattern: new RegExp(re, "g"), holes };
}

const fillIn = (template: string, locale: Locale, values: Readonly<Record<string, string>>) =>
  template.replace(/\{(\w+)\}/g, (_, h: string) => {
    const value = values[h] ?? "";
    return LABELLED[h]?.show(locale, value) ?? value;
  });

// The reasons, for each target language: every code whose words or labels change.
const CODES = Object.keys(REASONS).filter((k): k is ReasonCode => Object.hasOwn(REASONS, k));
const reasonRewrites = (target: Locale): Rewrite[] =>
  CODES.filter(
    (code) =>
      REASON_TEXT[target][code] !== REASONS[code] || holesOf(REASONS[code]).some((h) => h in LABELLED),
  ).map((code) => ({
    ...compile(REASONS[code]),
    fill: (locale, values) => fillIn(REASON_TEXT[locale][code], locale, values),
  }));

// The hallucination guard's phrases, written in one language and shown in the other.
const PHRASE_KEYS = Object.keys(explainFr).filter((k): k is MessageKey => k in MESSAGES.fr);
const phraseRewrites = (target: Locale): Rewrite[] =>
  LOCALES.filter((l) => l !== target).flatMap((other) =>
    PHRASE_KEYS.filter((k) => MESSAGES[other][k] !== MESSAGES[target][k]).map((k) => ({
      ...compile(MESSAGES[other][k]),
      fill: (locale: Locale, values: Readonly<Record<string, string>>) =>
        fillIn(MESSAGES[locale][k], locale, values),
    })),
  );

const rewrites = (target: Locale) =>
  [...reasonRewrites(target), ...phraseRewrites(target)].sort((a, b) => b.length - a.length);
const REWRITES: Record<Locale, Rewrite[]> = { fr: rewrites("fr"), en: rewrites("en") };

export function localizeExplanation(locale: Locale, text: string): string {
  let out = text;
  for (const r of REWRITES[locale]) {
    out = out.replace(r.pattern, (...m: unknown[]) =>
      r.fill(locale, Object.fromEntries(r.holes.map((h, i) => [h, String(m[i + 1])]))),
    );
  }
  return out;
}
