// The frame of every page: navigation, who is logged in, the language switch, the stylesheet and the script.
import { type Locale, label, t } from "../i18n/catalog.js";
import type { Principal } from "../middleware/principal.js";
import { type Html, html, when } from "./html.js";

export interface LayoutOptions {
  title: string;
  locale: Locale;
  principal?: Principal;
  /** "print": the printable version, without navigation. */
  bodyClass?: string;
}

export function layout(options: LayoutOptions, body: Html): Html {
  const p = options.principal;
  const l = options.locale;
  const other: Locale = l === "fr" ? "en" : "fr";
  return html`<!doctype html>
<html lang="${l}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${options.title} · garde-fou</title>
    <link rel="icon" href="/ui/assets/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/ui/assets/app.css" />
    <script src="/ui/assets/app.js" defer></script>
  </head>
  <body class="${options.bodyClass ?? ""}">
    <header class="top">
      <a class="brand" href="/ui/queue">${t(l, "common.brand")}</a>
      ${when(
        p,
        () => html`<a href="/ui/queue">${t(l, "common.nav.queue")}</a>
          <a href="/ui/dashboard">${t(l, "common.nav.dashboard")}</a>
          <a href="/ui/audit">${t(l, "common.nav.journal")}</a>
          <a href="/ui/audit/bias">${t(l, "audit.nav.bias")}</a>
          <a href="/ui/documentation">${t(l, "audit.nav.documentation")}</a>
          <a href="/ui/value">${t(l, "audit.nav.value")}</a>
          <span class="who">${p?.name} · ${p ? label(l, "role", p.role) : ""}</span>`,
      )}
      <a class="lang" id="lang-switch" href="?lang=${other}" hreflang="${other}" lang="${other}">${t(l, `common.lang.${other}`)}</a>
      ${when(
        p,
        () =>
          html`<form method="post" action="/ui/logout"><button class="secondary" type="submit">${t(l, "common.logout")}</button></form>`,
      )}
    </header>
    <main>${body}</main>
  </body>
</html>`;
}

/** A closed-set value as a coloured badge: the class keeps the code, the text is the label. */
export const badge = (locale: Locale, set: string, value: string | null) =>
  html`<span class="badge ${value ?? ""}" data-value="${value ?? ""}">${value ? label(locale, set, value) : "–"}</span>`;
