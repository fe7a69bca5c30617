// For the tests that check a French page holds no English: its visible words, and the English catalogue's
// phrases to look for.
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

/** The English catalogue's phrases (the literal parts between holes) that French never uses. */
export function englishPhrases(): string[] {
  const french = Object.values(MESSAGES.fr).join("\n");
  const phrases = new Set<string>();
  for (const [key, en] of Object.entries(MESSAGES.en)) {
    if (en === MESSAGES.fr[key as keyof typeof MESSAGES.fr]) continue;
    for (const part of en.split(/\{\w+\}/)) {
      const phrase = part.replace(/^[\s:().,«»·→←–-]+|[\s:().,«»·→←–-]+$/g, "");
      if (phrase.length >= 5 && /[a-z]{3}/i.test(phrase) && !french.includes(phrase)) phrases.add(phrase);
    }
  }
  return [...phrases];
}
