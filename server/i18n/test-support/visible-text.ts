// For the tests that check a French page holds no English: its visible words, and the English catalogue's
// phrases to look for.
import { REASON_LABELS, REASON_TEXT } from "../areas/reasons.js";
import { MESSAGES } from "../catalog.js";

/** What a reader sees: text, titles and placeholders, without markup, script or style. */
export function visibleText(page: string): string {
  const attributes = [...page.matchAll(/\s(?:title|placeholder|aria-label)="([^"]*)"/g)].map((m) => m[1]);
  const text = page
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    // Data and commands, not words: raw JSON, rule ids, code.
    .replace(/<pre[\s\S]*?<\/pre>/g, " ")
    .replace(/<code[\s\S]*?<\/code>/g, " ")
    .replace(/<[^>]+>/g, " ");
  return `${text} ${attributes.join(" ")}`
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/\s+/g, " ");
}

/**
 * The English catalogue's phrases (the literal parts between holes) that French never uses, the guards'
 * reasons included (areas/reasons.ts).
 */
export function englishPhrases(): string[] {
  const french = [...Object.values(MESSAGES.fr), ...Object.values(REASON_TEXT.fr)].join("\n");
  const phrases = new Set<string>();
  const pairs = [
    ...Object.entries(MESSAGES.en).map(
      ([key, en]) => [en, MESSAGES.fr[key as keyof typeof MESSAGES.fr]] as const,
    ),
    ...Object.entries(REASON_TEXT.en).map(
      ([code, en]) => [en, REASON_TEXT.fr[code as keyof typeof REASON_TEXT.fr]] as const,
    ),
    ...Object.values(REASON_LABELS).flatMap((labels) => {
      const fr: Readonly<Record<string, string>> = labels.fr;
      return Object.entries(labels.en).map(([k, en]) => [en, fr[k]] as const);
    }),
  ];
  for (const [en, fr] of pairs) {
    if (en === fr) continue;
    for (const part of en.split(/\{\w+\}/)) {
      const phrase = part.replace(/^[\s:().,«»·→←–-]+|[\s:().,«»·→←–-]+$/g, "");
      if (phrase.length >= 5 && /[a-z]{3}/i.test(phrase) && !french.includes(phrase)) phrases.add(phrase);
    }
  }
  return [...phrases];
}
