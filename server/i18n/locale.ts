// Which language a page speaks: `?lang=` (remembered in a cookie), else the cookie, else the browser's
// Accept-Language, else French.
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./catalog.js";

export const LOCALE_COOKIE = "gf_lang";

const asLocale = (value: string | undefined | null): Locale | undefined => {
  const lower = value?.trim().toLowerCase().slice(0, 2);
  return LOCALES.find((l) => l === lower);
};

/** The first supported language of an Accept-Language header, by its q weights. */
export function fromAcceptLanguage(header: string | undefined | null): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, i) => {
      const [tag = "", ...rest] = part.trim().split(";");
      const q = rest.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag, weight: Number.isFinite(weight) ? weight : 0, i };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.i - b.i);
  for (const r of ranked) {
    const found = asLocale(r.tag);
    if (found) return found;
  }
  return undefined;
}

export function pickLocale(request: {
  query?: string | undefined;
  cookie?: string | undefined;
  acceptLanguage?: string | undefined | null;
}): Locale {
  return (
    asLocale(request.query) ??
    asLocale(request.cookie) ??
    fromAcceptLanguage(request.acceptLanguage) ??
    DEFAULT_LOCALE
  );
}

/** The page's language; a `?lang=` choice is remembered for the next pages. */
export function localeOf(c: Context): Locale {
  const query = asLocale(c.req.query("lang"));
  if (query && getCookie(c, LOCALE_COOKIE) !== query)
    setCookie(c, LOCALE_COOKIE, query, { path: "/ui", sameSite: "Strict", maxAge: 365 * 24 * 3600 });
  return pickLocale({
    query,
    cookie: getCookie(c, LOCALE_COOKIE),
    acceptLanguage: c.req.header("accept-language"),
  });
}
