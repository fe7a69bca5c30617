// Errors on the reviewers' pages: a page in the reader's language rather than the API's JSON. The status is
// the one the API's handler gives, so the pages and the API never disagree on what went wrong.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { type Locale, type MessageKey, t } from "../i18n/catalog.js";
import { localeOf } from "../i18n/locale.js";
import { html } from "./html.js";
import { layout } from "./layout.js";

/** A refusal a reviewer reads (a claim held by someone else), with the way back to the queue. */
export function errorNotice(l: Locale, text: string) {
  return layout(
    { title: text, locale: l },
    html`<p class="error" role="alert" id="page-error">${text}</p><p><a href="/ui/queue">${t(l, "common.nav.queue")}</a></p>`,
  );
}

const isPage = (path: string) =>
  path === "/ui" || (path.startsWith("/ui/") && !path.startsWith("/ui/assets/"));

const MESSAGE: Record<number, MessageKey> = { 403: "common.error.forbidden", 404: "common.error.notFound" };

export function withPageErrors(
  apiHandler: (error: Error, c: Context) => Response | Promise<Response>,
): (error: Error, c: Context) => Promise<Response> {
  return async (error, c) => {
    const answer = await apiHandler(error, c);
    // Only pages a person opens: a refused form post keeps the API's answer naming the field (the
    // decision form shows its own errors, in the reader's language, on the run's page).
    if (!isPage(c.req.path) || (c.req.method !== "GET" && c.req.method !== "HEAD")) return answer;
    const l = localeOf(c);
    const key = MESSAGE[answer.status] ?? "common.error.unexpected";
    const text = t(l, key, { what: c.req.path });
    const page = await layout(
      { title: text, locale: l, ...(c.get("principal") ? { principal: c.get("principal") } : {}) },
      html`<p class="error" role="alert" id="page-error" data-status="${answer.status}">${text}</p>
        <p><a href="/ui/queue">${t(l, "common.nav.queue")}</a></p>`,
    );
    return c.html(page, answer.status as ContentfulStatusCode);
  };
}
