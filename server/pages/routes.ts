// The reviewers' pages under /ui, server-rendered from the same queries as the API. Access is checked by
// the app's authenticate and authorize middleware; here, only forms and cookies.
import { type Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { REVIEW_DECISIONS } from "../../core/contract.js";
import { isGardeFouError } from "../../core/errors.js";
import { listAudit } from "../../db/queries/audit.js";
import { findActiveKey } from "../../db/queries/keys.js";
import { findingSummaries } from "../../db/queries/review.js";
import { listRuns } from "../../db/queries/runs.js";
import { createSession, revokeSession } from "../../db/queries/sessions.js";
import { draftsOf } from "../../graphs/drafts.js";
import type { AppDeps } from "../deps.js";
import { type Locale, label, type MessageKey, t } from "../i18n/catalog.js";
import { localeOf } from "../i18n/locale.js";
import { authMode, SESSION_COOKIE } from "../middleware/authenticate.js";
import { cameOverHttps } from "../middleware/client.js";
import { principalOf } from "../middleware/principal.js";
import { type DecisionInput, deciderFor } from "../review/decide.js";
import { regressionCaseFor } from "../review/regression-case.js";
import { loadDashboard } from "../routes/dashboard.js";
import { runSummary } from "../routes/run-list.js";
import { loadTrace } from "../routes/trace.js";
import { LEFTOVER_MASK, maskText, restoreMasked } from "../trace/mask.js";
import { FAVICON, SCRIPT, STYLES } from "./assets.js";
import { auditPage } from "./audit-page.js";
import { dashboardPage } from "./dashboard-page.js";
import { loginPage } from "./login-page.js";
import { pageHeaders } from "./page-headers.js";
import { queuePage } from "./queue-page.js";
import { runPage } from "./run-page.js";

const PAGE_SIZE = 25;
const offsetOf = (value: string | undefined) => Math.max(0, Number.parseInt(value ?? "0", 10) || 0);
/** Only our own pages are valid places to go back to after logging in. */
const safeNext = (next: unknown) =>
  typeof next === "string" && /^\/ui\/[A-Za-z0-9/_.%?=&-]*$/.test(next) && !next.startsWith("/ui/login")
    ? next
    : "/ui/queue";

// Messages are catalogue keys: the page shows them in the reviewer's language.
const DecisionForm = z.object({
  decision: z.enum(REVIEW_DECISIONS, { message: "run.error.decisionMissing" }),
  reason: z.string().trim().min(1, "run.error.reasonMissing"),
  editedText: z.string().optional(),
});

/** A refused decision, said in the reviewer's language (the API keeps its own English messages). */
function decisionError(l: Locale, error: { code: string; message: string; details?: unknown }): string {
  const details = (error.details ?? {}) as {
    status?: unknown;
    rules?: unknown;
    holder?: unknown;
    until?: unknown;
  };
  if (error.code === "conflict" && typeof details.status === "string")
    return t(l, "run.error.notWaiting", { status: label(l, "status", details.status) });
  if (error.code === "invalid_input" && Array.isArray(details.rules))
    return t(l, "run.error.editBlocked", { rules: details.rules.join(", ") });
  if (error.code === "conflict" && /no longer available/.test(error.message))
    return t(l, "run.error.draftGone");
  return t(l, "run.error.other", { message: error.message });
}
const isKey = (s: string): s is MessageKey => s.startsWith("run.error.");

/** The last draft's output, when it has a single `text` a person can edit in a text box. */
async function editableOutput(deps: AppDeps, runId: string): Promise<Record<string, unknown> | null> {
  const last = (await draftsOf(deps.runs, runId)).at(-1);
  return last && typeof last.output.text === "string" ? last.output : null;
}

export function createPageRoutes(deps: AppDeps) {
  const decide = deciderFor(deps);
  // Secure whenever the browser reached us over HTTPS, so the session id never travels in clear after that.
  const cookieOptions = (c: Context) =>
    ({
      httpOnly: true,
      sameSite: "Strict",
      path: "/ui",
      secure: cameOverHttps(c, deps.settings.TRUST_PROXY),
    }) as const;
  const pages = new Hono();
  pages.use("*", ...pageHeaders());

  return pages
    .get("/assets/app.css", (c) =>
      c.body(STYLES, 200, { "content-type": "text/css; charset=utf-8", "cache-control": "max-age=3600" }),
    )
    .get("/assets/app.js", (c) =>
      c.body(SCRIPT, 200, {
        "content-type": "text/javascript; charset=utf-8",
        "cache-control": "max-age=3600",
      }),
    )
    .get("/assets/favicon.svg", (c) =>
      c.body(FAVICON, 200, { "content-type": "image/svg+xml", "cache-control": "max-age=86400" }),
    )
    .get("/", (c) => c.redirect("/ui/queue", 303))
    .get("/login", async (c) =>
      c.html(
        loginPage({
          locale: localeOf(c),
          next: safeNext(c.req.query("next")),
          open: (await authMode(deps.db, deps.settings)) === "open",
        }),
      ),
    )
    .post("/login", async (c) => {
      const form = await c.req.parseBody();
      const key = typeof form.key === "string" ? form.key.trim() : "";
      const next = safeNext(form.next);
      const row = key ? await findActiveKey(deps.db, key) : undefined;
      if (!row) {
        const l = localeOf(c);
        return c.html(loginPage({ locale: l, next, error: t(l, "login.unknownKey") }), 401);
      }
      const ttlMs = deps.settings.SESSION_TTL_HOURS * 3_600_000;
      const session = await createSession(deps.db, row.id, { clock: deps.runs.clock, ttlMs });
      setCookie(c, SESSION_COOKIE, session.token, { ...cookieOptions(c), maxAge: ttlMs / 1000 });
      return c.redirect(next, 303);
    })
    .post("/logout", async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await revokeSession(deps.db, token, deps.runs.clock.now());
      deleteCookie(c, SESSION_COOKIE, cookieOptions(c));
      return c.redirect("/ui/login", 303);
    })
    .get("/queue", async (c) => {
      const offset = offsetOf(c.req.query("offset"));
      const { items, total } = await listRuns(deps.db, {
        status: ["needs_review"],
        limit: PAGE_SIZE,
        offset,
      });
      const summaries = await findingSummaries(
        deps.db,
        items.map((r) => r.id),
      );
      const rows = items.map((r) => ({
        ...runSummary(r),
        ...(summaries.get(r.id) ?? { findings: 0, guards: [], criteria: [], rules: [] }),
      }));
      return c.html(
        queuePage({
          locale: localeOf(c),
          principal: principalOf(c),
          items: rows,
          total,
          limit: PAGE_SIZE,
          offset,
        }),
      );
    })
    .get("/runs/:id", async (c) => {
      const runId = c.req.param("id");
      const decided = c.req.query("decided");
      const editable = await editableOutput(deps, runId);
      return c.html(
        runPage({
          locale: localeOf(c),
          principal: principalOf(c),
          trace: await loadTrace(deps, runId),
          editableText: editable ? maskText(String(editable.text)) : null,
          ...(decided ? { decidedId: decided } : {}),
        }),
      );
    })
    .post("/runs/:id/decision", async (c) => {
      const runId = c.req.param("id");
      const l = localeOf(c);
      const parsed = DecisionForm.safeParse(await c.req.parseBody());
      const editable = await editableOutput(deps, runId);
      const sent = parsed.success ? parsed.data : undefined;
      // A refused decision shows the page again with what the reviewer typed, never the draft over it.
      const fail = async (error: string, status: 400 | 409) =>
        c.html(
          runPage({
            locale: l,
            principal: principalOf(c),
            trace: await loadTrace(deps, runId),
            editableText: editable
              ? sent?.decision === "edit_approve" && sent.editedText !== undefined
                ? sent.editedText
                : maskText(String(editable.text))
              : null,
            error,
            ...(sent ? { submitted: { decision: sent.decision, reason: sent.reason } } : {}),
          }),
          status,
        );
      if (!parsed.success)
        return fail(
          parsed.error.issues.map((i) => (isKey(i.message) ? t(l, i.message) : i.message)).join(" "),
          400,
        );
      const form = parsed.data;
      const input: DecisionInput = { decision: form.decision, reason: form.reason };
      if (form.decision === "edit_approve") {
        if (!editable || !form.editedText?.trim()) return fail(t(l, "run.error.editedMissing"), 400);
        // The box showed personal data masked; the released text carries the real data, never a mask.
        const restored = restoreMasked(form.editedText, String(editable.text));
        if (LEFTOVER_MASK.test(restored)) return fail(t(l, "run.error.maskChanged"), 400);
        input.editedOutput = { ...editable, text: restored };
      }
      try {
        const outcome = await decide(principalOf(c), runId, input);
        return c.redirect(
          `/ui/runs/${encodeURIComponent(runId)}?decided=${encodeURIComponent(outcome.decisionId)}`,
          303,
        );
      } catch (error) {
        if (isGardeFouError(error) && (error.code === "invalid_input" || error.code === "conflict"))
          return fail(decisionError(l, error), error.code === "conflict" ? 409 : 400);
        throw error;
      }
    })
    .get("/decisions/:id/regression-case", async (c) => {
      const file = await regressionCaseFor(
        { db: deps.db, checkpointer: deps.runs.checkpointer },
        c.req.param("id"),
      );
      c.header("content-disposition", `attachment; filename="${file.fileName}"`);
      return c.body(file.content, 200, { "content-type": "application/yaml; charset=utf-8" });
    })
    .get("/dashboard", async (c) => {
      const q = z
        .object({
          from: z.iso.date().optional().catch(undefined),
          to: z.iso.date().optional().catch(undefined),
        })
        .parse(c.req.query());
      const stats = await loadDashboard(deps, q);
      return c.html(dashboardPage({ locale: localeOf(c), principal: principalOf(c), stats, ...q }));
    })
    .get("/audit", async (c) => {
      const offset = offsetOf(c.req.query("offset"));
      const runId = c.req.query("runId") || undefined;
      const { items, total } = await listAudit(deps.db, {
        ...(runId ? { runId } : {}),
        limit: PAGE_SIZE,
        offset,
      });
      return c.html(
        auditPage({
          locale: localeOf(c),
          principal: principalOf(c),
          items,
          total,
          limit: PAGE_SIZE,
          offset,
          ...(runId ? { runId } : {}),
        }),
      );
    });
}
