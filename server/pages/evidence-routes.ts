// The deployer's evidence pages under /ui: bias audit (with CSV export and a printable version), the
// counterfactual check, a candidate's explanation, the technical documentation and the value page.
// French by default; `?lang=en` for English.
import { Hono } from "hono";
import { biasAuditCsv } from "../audit/bias-audit.js";
import { latestCounterfactual, measureCounterfactual } from "../audit/counterfactual.js";
import { technicalDocumentation } from "../audit/documentation.js";
import { explainCandidate } from "../audit/explanation.js";
import { loadBiasAudit, windowOf } from "../audit/load.js";
import type { AppDeps } from "../deps.js";
import { localeOf } from "../i18n/locale.js";
import { actorOf, principalOf } from "../middleware/principal.js";
import { loadValue } from "../routes/evidence.js";
import { biasCsvWords, biasPage } from "./bias-page.js";
import { documentationPage, valueCsv, valuePage } from "./evidence-pages.js";
import { explanationPage } from "./explanation-page.js";
import { pageHeaders } from "./page-headers.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const dayParam = (value: string | undefined) => (value && DAY.test(value) ? value : undefined);

export function createEvidencePageRoutes(deps: AppDeps) {
  const pages = new Hono();
  pages.use("*", ...pageHeaders());
  return pages
    .get("/audit/bias", async (c) => {
      const from = dayParam(c.req.query("from"));
      const to = dayParam(c.req.query("to"));
      const params = new URLSearchParams({
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
      }).toString();
      const principal = principalOf(c);
      return c.html(
        biasPage({
          principal,
          locale: localeOf(c),
          audit: await loadBiasAudit(deps, windowOf({ from, to })),
          query: params ? `?${params}` : "",
          counterfactual: await latestCounterfactual(deps.db),
          canMeasure: principal.role === "evaluator" || principal.role === "admin",
          print: c.req.query("print") === "1",
        }),
      );
    })
    .get("/audit/bias.csv", async (c) => {
      const audit = await loadBiasAudit(
        deps,
        windowOf({ from: dayParam(c.req.query("from")), to: dayParam(c.req.query("to")) }),
      );
      return c.body(biasAuditCsv(audit, biasCsvWords(localeOf(c))), 200, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": 'attachment; filename="audit-biais.csv"',
      });
    })
    .get("/documentation", async (c) =>
      c.html(
        documentationPage({
          principal: principalOf(c),
          locale: localeOf(c),
          doc: await technicalDocumentation(deps),
          print: c.req.query("print") === "1",
        }),
      ),
    )
    .get("/documentation.json", async (c) => {
      c.header("content-disposition", 'attachment; filename="documentation-technique.json"');
      return c.json(await technicalDocumentation(deps), 200);
    })
    .get("/value.csv", async (c) =>
      c.body(valueCsv(localeOf(c), await loadValue(deps)), 200, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": 'attachment; filename="valeur.csv"',
      }),
    )
    .get("/value", async (c) =>
      c.html(
        valuePage({
          principal: principalOf(c),
          locale: localeOf(c),
          rows: await loadValue(deps),
          baseline: deps.settings.VALUE_BASELINE_MINUTES,
          reviewMinutes: deps.settings.VALUE_REVIEW_MINUTES,
          print: c.req.query("print") === "1",
        }),
      ),
    )
    .get("/runs/:id/candidates/:candidateId", async (c) =>
      c.html(
        explanationPage({
          principal: principalOf(c),
          locale: localeOf(c),
          e: await explainCandidate(deps, c.req.param("id"), c.req.param("candidateId"), { clear: false }),
          print: c.req.query("print") === "1",
        }),
      ),
    )
    .post("/audit/counterfactual", async (c) => {
      const form = await c.req.parseBody();
      const sample = Math.min(200, Math.max(1, Number.parseInt(String(form.sample ?? "20"), 10) || 20));
      await measureCounterfactual(
        { db: deps.db, engine: deps.runs.engine, clock: deps.runs.clock, ids: deps.runs.ids },
        sample,
        actorOf(principalOf(c)),
      );
      return c.redirect("/ui/audit/bias#counterfactual", 303);
    });
}
