// The frame of every page: navigation, who is logged in, the stylesheet and the script.
import type { Principal } from "../middleware/principal.js";
import { type Html, html, when } from "./html.js";

export interface LayoutOptions {
  title: string;
  principal?: Principal;
  /** The page's language (default fr). */
  lang?: "fr" | "en";
  /** "print": the printable version, without navigation. */
  bodyClass?: string;
}

export function layout(options: LayoutOptions, body: Html): Html {
  const p = options.principal;
  return html`<!doctype html>
<html lang="${options.lang ?? "fr"}">
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
      <a class="brand" href="/ui/queue">garde-fou</a>
      ${when(
        p,
        () => html`<a href="/ui/queue">File de revue</a>
          <a href="/ui/dashboard">Tableau de bord</a>
          <a href="/ui/audit">Journal d'audit</a>
          <a href="/ui/audit/bias">Audit de biais</a>
          <a href="/ui/documentation">Documentation</a>
          <a href="/ui/value">Valeur</a>
          <span class="who">${p?.name} · ${p?.role}</span>
          <form method="post" action="/ui/logout"><button class="secondary" type="submit">Se déconnecter</button></form>`,
      )}
    </header>
    <main>${body}</main>
  </body>
</html>`;
}

export const badge = (value: string | null) =>
  html`<span class="badge ${value ?? ""}">${value ?? "–"}</span>`;
