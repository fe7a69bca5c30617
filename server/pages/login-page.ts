import type { Locale } from "../i18n/catalog.js";
import { t } from "../i18n/catalog.js";
import { type Html, html, when } from "./html.js";
import { layout } from "./layout.js";

export function loginPage(options: { locale: Locale; next: string; error?: string; open?: boolean }): Html {
  const l = options.locale;
  return layout(
    { title: t(l, "login.title"), locale: l },
    html`<h1>${t(l, "login.heading")}</h1>
      ${when(options.error, () => html`<p class="error" role="alert">${options.error}</p>`)}
      ${when(
        options.open,
        () => html`<p class="flash">${t(l, "login.open")}
          <code>npx garde-fou keys create --name NOM --role admin</code>.</p>`,
      )}
      <form class="card stack" method="post" action="/ui/login">
        <label for="key">${t(l, "login.key")}</label>
        <input id="key" name="key" type="password" autocomplete="off" placeholder="gf_…" required />
        <input type="hidden" name="next" value="${options.next}" />
        <button type="submit">${t(l, "login.submit")}</button>
        <p class="muted">${t(l, "login.cookieNote")}</p>
      </form>`,
  );
}
