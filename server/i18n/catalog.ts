// The one message catalogue of the pages: French by default, English available. Each area file exports
// `fr` (the keys and the French words) and `en` (the same keys); add an area with one import line below.
import * as audit from "./areas/audit.js";

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";

const FR = { ...audit.fr } as const;
const EN: Record<MessageKey, string> = { ...audit.en };

export type MessageKey = keyof typeof FR;

/** `lang=en` (a query parameter or an Accept-Language preferring it) chooses English; anything else is French. */
export function localeOf(value: string | undefined | null): Locale {
  return value?.trim().toLowerCase().startsWith("en") ? "en" : DEFAULT_LOCALE;
}

/** A message with its `{name}` placeholders filled; a placeholder without a value is an error, not a blank. */
export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template: string = locale === "en" ? EN[key] : FR[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`message ${key}: no value for {${name}}`);
    return String(value);
  });
}

/** Every key of every locale, for the completeness test. */
export const CATALOGUE = { fr: FR as Record<MessageKey, string>, en: EN };
