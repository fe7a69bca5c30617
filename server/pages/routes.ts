// The reviewers' pages under /ui, server-rendered from the same queries as the API. Access is checked by
// the app's authenticate and authorize middleware; here, only forms and cookies.
import { type Context, Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { REVIEW_DECISIONS, ReviewDecisionKind } from "../../core/contract.js";
import { isGardeFouError, NotFoundError } from "../../core/errors.js";
import { listAudit } from "../../db/queries/audit.js";
import { findActiveKey } from "../../db/queries/keys.js";
import { findingSummaries } from "../../db/queries/review.js";
import {
  claimItem,
  findingVerdicts,
  judgeFinding,
  liveClaim,
  releaseClaim,
} from "../../db/queries/review-items.js";
import { listQueue, nextQueueItem, QUEUE_REASONS, QUEUE_SORTS } from "../../db/queries/review-queue.js";
import { findRun } from "../../db/queries/runs.js";
import { createSession, revokeSession } from "../../db/queries/sessions.js";
import { FINDING_VERDICTS } from "../../db/schema.js";
import { draftsOf } from "../../graphs/drafts.js";
import { WORKFLOWS } from "../../graphs/registry.js";
import type { AppDeps } from "../deps.js";
import { type Locale, label, type MessageKey, t } from "../i18n/catalog.js";
import { localeOf } from "../i18n/locale.js";
import { authMode, SESSION_COOKIE } from "../middleware/authenticate.js";
import { cameOverHttps } from "../middleware/client.js";
import { actorOf, principalOf } from "../middleware/principal.js";
import { assignees, assignItem } from "../review/assign.js";
import { type DecisionInput, deciderFor } from "../review/decide.js";
import { regressionCaseFor } from "../review/regression-case.js";
import { loadDashboard } from "../routes/dashboard.js";
import { loadTrace } from "../routes/trace.js";
import { LEFTOVER_MASK, maskText, restoreMasked } from "../trace/mask.js";
import { FAVICON, SCRIPT, STYLES } from "./assets.js";
import { auditPage } from "./audit-page.js";
import { dashboardPage } from "./dashboard-page.js";
import { errorNotice } from "./error-page.js";
import { formatDate } from "./html.js";
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
const QueueFilters = z.object({
  workflow: z.enum(WORKFLOWS).optional().catch(undefined),
  reason: z.enum(QUEUE_REASONS).optional().catch(undefined),
  claim: z.enum(["mine", "unclaimed", "assigned"]).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  sort: z.enum(QUEUE_SORTS).optional().catch(undefined),
});

const BulkForm = z.object({
  decision: z.enum(["approve", "reject"]),
  reason: z.string().trim().min(1),
});

const DecisionForm = z.object({
  decision: z.enum(REVIEW_DECISIONS, { message: "run.error.decisionMissing" }),
  reason: z.string().trim().min(1, "run.error.reasonMissing"),
  editedText: z.string().optional(),
  advance: z.literal("1").optional().catch(undefined),
});

/** A refused decision, said in the reviewer's language (the API keeps its own English messages). */
function decisionError(l: Locale, error: { code: string; message: string; details?: unknown }): string {
  const details = (error.details ?? {}) as {
    status?: unknown;
    rules?: unknown;
    holder?: unknown;
    until?: unknown;
  };
  const claimed = details as { claimedBy?: unknown; until?: unknown };
  if (error.code === "conflict" && typeof claimed.claimedBy === "string")
    return t(l, "run.error.claimedBy", {
      who: claimed.claimedBy,
      until: typeof claimed.until === "string" ? formatDate(claimed.until) : "",
    });
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
  /** Who holds the item and what was said of its findings, for the run page. */
  const reviewContext = async (c: Context, runId: string) => {
    const [claim, verdicts, reviewers] = await Promise.all([
      liveClaim(deps.db, runId),
      findingVerdicts(deps.db, runId),
      assignees(deps),
    ]);
    const actor = actorOf(principalOf(c));
    return {
      verdicts,
      reviewers,
      claim: claim
        ? {
            holderName: claim.holderName,
            until: claim.until,
            mine: claim.holder === actor,
            assignedBy: claim.assignedBy,
          }
        : undefined,
    };
  };
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
      const l = localeOf(c);
      const principal = principalOf(c);
      const actor = actorOf(principal);
      const offset = offsetOf(c.req.query("offset"));
      const filters = QueueFilters.parse(c.req.query());
      const { items, total } = await listQueue(deps.db, {
        ...filters,
        search: filters.q,
        actor,
        limit: PAGE_SIZE,
        offset,
      });
      const summaries = await findingSummaries(
        deps.db,
        items.map((r) => r.runId),
      );
      const done = c.req.query("done");
      const skipped = c.req.query("skipped");
      const flash = [
        done ? t(l, "queue.bulk.done", { done }) : "",
        skipped ? t(l, "queue.bulk.skipped", { count: skipped, why: c.req.query("why") ?? "" }) : "",
        c.req.query("empty") ? t(l, "queue.done") : "",
      ]
        .filter(Boolean)
        .join(" ");
      return c.html(
        queuePage({
          locale: l,
          principal,
          actor,
          items: items.map((r) => ({ ...r, title: maskText(r.head ?? "") })),
          summaries,
          total,
          limit: PAGE_SIZE,
          offset,
          filters,
          workflows: WORKFLOWS,
          now: deps.runs.clock.now(),
          flash: flash || undefined,
          error: c.req.query("bulkError") ? t(l, "queue.bulk.nothing") : undefined,
          reviewers: await assignees(deps),
        }),
      );
    })
    .post("/runs/:id/claim", async (c) => {
      const runId = c.req.param("id");
      const principal = principalOf(c);
      const actor = actorOf(principal);
      const form = await c.req.parseBody();
      const back = form.back === "queue" ? "/ui/queue" : `/ui/runs/${encodeURIComponent(runId)}`;
      const run = await findRun(deps.db, runId);
      if (!run) throw new NotFoundError("run", runId);
      if (form.release === "1") {
        await releaseClaim(deps.db, runId, actor, deps.runs.clock.now());
        return c.redirect(back, 303);
      }
      if (run.status !== "needs_review") return c.redirect(back, 303);
      const result = await claimItem(
        deps.db,
        runId,
        { actor, name: principal.name },
        { seconds: deps.settings.REVIEW_CLAIM_MINUTES * 60, now: deps.runs.clock.now() },
      );
      if (!result.taken) {
        const l = localeOf(c);
        return c.html(
          errorNotice(
            l,
            t(l, "queue.claim.heldBy", {
              who: result.claim.holderName,
              until: formatDate(result.claim.until),
            }),
          ),
          409,
        );
      }
      return c.redirect(back, 303);
    })
    .post("/runs/:id/assign", async (c) => {
      const runId = c.req.param("id");
      const form = await c.req.parseBody();
      const back = form.back === "queue" ? "/ui/queue" : `/ui/runs/${encodeURIComponent(runId)}`;
      const l = localeOf(c);
      const keyId = typeof form.keyId === "string" ? form.keyId.trim() : "";
      if (!keyId) return c.html(errorNotice(l, t(l, "queue.assign.pick")), 400);
      try {
        await assignItem(deps, principalOf(c), runId, keyId);
      } catch (error) {
        if (!isGardeFouError(error) || (error.code !== "conflict" && error.code !== "invalid_input"))
          throw error;
        const claimed = (error.details ?? {}) as { claimedBy?: unknown; until?: unknown };
        const message =
          typeof claimed.claimedBy === "string"
            ? t(l, "queue.claim.heldBy", {
                who: claimed.claimedBy,
                until: typeof claimed.until === "string" ? formatDate(claimed.until) : "",
              })
            : error.code === "invalid_input"
              ? t(l, "queue.assign.unknown")
              : decisionError(l, error);
        return c.html(errorNotice(l, message), error.code === "conflict" ? 409 : 400);
      }
      return c.redirect(back, 303);
    })
    .post("/queue/bulk", async (c) => {
      const form = await c.req.parseBody({ all: true });
      const ids = [form.runIds ?? []].flat().filter((v): v is string => typeof v === "string");
      const parsed = BulkForm.safeParse({ decision: form.decision, reason: form.reason });
      const back = typeof form.back === "string" && form.back.startsWith("?") ? form.back : "";
      const join = (extra: string) => `/ui/queue${back ? `${back}&` : "?"}${extra}`;
      if (!parsed.success || ids.length === 0) return c.redirect(join("bulkError=1"), 303);
      const l = localeOf(c);
      const principal = principalOf(c);
      let done = 0;
      const skipped: string[] = [];
      // One decision per item, each its own conditional update: an item decided or claimed meanwhile is
      // skipped and named, the others go through.
      for (const runId of ids) {
        const run = await findRun(deps.db, runId);
        if (run?.workflow !== "screening") {
          skipped.push(`${runId} (${t(l, "queue.bulk.onlyScreening")})`);
          continue;
        }
        try {
          await decide(principal, runId, parsed.data);
          done += 1;
        } catch (error) {
          if (!isGardeFouError(error) || (error.code !== "conflict" && error.code !== "invalid_input"))
            throw error;
          skipped.push(`${runId} (${decisionError(l, error)})`);
        }
      }
      const params = new URLSearchParams({ done: String(done) });
      if (skipped.length) {
        params.set("skipped", String(skipped.length));
        params.set("why", skipped.join(" ; "));
      }
      return c.redirect(join(params.toString()), 303);
    })
    .get("/runs/:id", async (c) => {
      const runId = c.req.param("id");
      const decided = c.req.query("decided");
      const editable = await editableOutput(deps, runId);
      const afterRun = c.req.query("after");
      const afterDecision = ReviewDecisionKind.safeParse(c.req.query("as"));
      return c.html(
        runPage({
          locale: localeOf(c),
          principal: principalOf(c),
          trace: await loadTrace(deps, runId),
          editableText: editable ? maskText(String(editable.text)) : null,
          ...(decided ? { decidedId: decided } : {}),
          ...(await reviewContext(c, runId)),
          choose: ReviewDecisionKind.safeParse(c.req.query("choose")).data,
          after:
            afterRun && afterDecision.success ? { runId: afterRun, decision: afterDecision.data } : undefined,
        }),
      );
    })
    .get("/runs/:id/next", async (c) => {
      const next = await nextQueueItem(deps.db, actorOf(principalOf(c)), c.req.param("id"));
      return c.redirect(next ? `/ui/runs/${encodeURIComponent(next)}` : "/ui/queue?empty=1", 303);
    })
    .post("/runs/:id/findings/:findingId", async (c) => {
      const runId = c.req.param("id");
      const form = await c.req.parseBody();
      const verdict = z.enum(FINDING_VERDICTS).safeParse(form.verdict);
      if (!verdict.success) return c.redirect(`/ui/runs/${encodeURIComponent(runId)}`, 303);
      const ok = await judgeFinding(deps.db, {
        runId,
        findingId: c.req.param("findingId"),
        verdict: verdict.data,
        reviewer: actorOf(principalOf(c)),
        now: deps.runs.clock.now(),
      });
      if (!ok) throw new NotFoundError("finding", c.req.param("findingId"));
      return c.redirect(
        `/ui/runs/${encodeURIComponent(runId)}#finding-${encodeURIComponent(c.req.param("findingId"))}`,
        303,
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
            ...(await reviewContext(c, runId)),
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
        if (form.advance === "1") {
          const next = await nextQueueItem(deps.db, actorOf(principalOf(c)), runId);
          const done = `after=${encodeURIComponent(runId)}&as=${encodeURIComponent(form.decision)}`;
          return c.redirect(
            next ? `/ui/runs/${encodeURIComponent(next)}?${done}` : `/ui/queue?empty=1&${done}`,
            303,
          );
        }
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
