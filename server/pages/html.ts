// The one template helper the pages use: hono/html escapes every interpolated value unless it is itself
// a template result, so user text can never become markup.
import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";

export { html, raw };
export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export const when = (condition: unknown, content: () => Html): Html | "" => (condition ? content() : "");

export function formatDate(iso: string | Date): string {
  const d = typeof iso === "string" ? new Date(iso) : iso;
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export const percent = (r: number | null): string => (r === null ? "–" : `${(r * 100).toFixed(1)} %`);
