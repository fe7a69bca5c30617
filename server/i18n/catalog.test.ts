import { describe, expect, it } from "vitest";
import {
  CRITERIA,
  GUARDS,
  JURISDICTIONS,
  REVIEW_DECISIONS,
  RUN_STATUSES,
  SEVERITIES,
  TEXT_KINDS,
  VERDICTS,
} from "../../core/contract.js";
import { holesOf, REASONS, type ReasonCode, reason } from "../../core/reasons.js";
import { ROLES } from "../../db/queries/keys.js";
import { WORKFLOWS } from "../../graphs/registry.js";
import { PRACTICE_LABELS } from "../../guards/cultural/patterns.js";
import { REASON_LABELS, REASON_TEXT } from "./areas/reasons.js";
import { AREAS, isMessageKey, label, MESSAGES, t } from "./catalog.js";
import { localizeExplanation } from "./explanations.js";
import { fromAcceptLanguage, pickLocale } from "./locale.js";

const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogue", () => {
  it.each(Object.entries(AREAS))(
    "area %s has every key in both languages, with the same holes",
    (_, area) => {
      const fr = area.fr as Record<string, string>;
      const en = area.en as Record<string, string>;
      expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
      for (const key of Object.keys(fr)) {
        expect(fr[key]?.trim(), key).not.toBe("");
        expect(en[key]?.trim(), key).not.toBe("");
        expect(holes(en[key] ?? ""), key).toEqual(holes(fr[key] ?? ""));
      }
    },
  );

  it("gives no key twice across areas", () => {
    const all = Object.values(AREAS).flatMap((a) => Object.keys(a.fr));
    expect(all.length).toBe(new Set(all).size);
    expect(Object.keys(MESSAGES.fr).length).toBe(all.length);
  });

  it.each([
    ["criterion", CRITERIA],
    ["guard", GUARDS],
    ["verdict", VERDICTS],
    ["severity", SEVERITIES],
    ["status", RUN_STATUSES],
    ["decision", REVIEW_DECISIONS],
    ["decided", REVIEW_DECISIONS],
    ["kind", TEXT_KINDS],
    ["jurisdiction", JURISDICTIONS],
    ["role", ROLES],
  ] as const)("labels every %s of the contract in both languages", (set, values) => {
    for (const value of values) {
      expect(isMessageKey(`${set}.${value}`), `${set}.${value}`).toBe(true);
    }
    // French labels are French words, not the codes.
    expect(values.filter((v) => v.includes("_")).every((v) => label("fr", set, v) !== v)).toBe(true);
  });

  it.each(WORKFLOWS)("names the workflow %s from its own definition in both languages", (id) => {
    for (const locale of ["fr", "en"] as const) {
      expect(label(locale, "workflow", id)).not.toBe(id);
      expect(label(locale, "workflow", id).length).toBeGreaterThan(0);
    }
  });

  it.each(WORKFLOWS)("describes the workflow %s on the documentation page in both languages", (id) => {
    expect(isMessageKey(`audit.doc.workflow.${id}`)).toBe(true);
  });

  it("fills holes and refuses a missing parameter", () => {
    expect(t("fr", "queue.waiting", { total: 3 })).toBe("(3 en attente)");
    expect(t("en", "queue.waiting", { total: 3 })).toBe("(3 waiting)");
    expect(() => t("fr", "queue.waiting")).toThrow(/missing parameter \{total\}/);
    expect(label("fr", "criterion", "age")).toBe("Âge");
    expect(label("fr", "criterion", "not_a_code")).toBe("not_a_code");
  });
});

describe("locale", () => {
  it("is French by default, and follows the query, then the cookie, then Accept-Language", () => {
    expect(pickLocale({})).toBe("fr");
    expect(pickLocale({ acceptLanguage: "de-DE,de;q=0.9" })).toBe("fr");
    expect(pickLocale({ acceptLanguage: "en-GB,en;q=0.9,fr;q=0.8" })).toBe("en");
    expect(pickLocale({ acceptLanguage: "de,fr;q=0.5,en;q=0.7" })).toBe("en");
    expect(pickLocale({ cookie: "fr", acceptLanguage: "en" })).toBe("fr");
    expect(pickLocale({ query: "en", cookie: "fr" })).toBe("en");
    expect(pickLocale({ query: "xx", cookie: "en" })).toBe("en");
    expect(fromAcceptLanguage("en;q=0")).toBeUndefined();
  });
});

describe("finding explanations", () => {
  it("say the guards' English reasons in French, and their French reasons in English", () => {
    const en = `age.range «25 a 35 ans»: ${reason("discrimination.explicit")}`;
    expect(localizeExplanation("fr", en)).toBe(
      "age.range «25 a 35 ans»: formulation qui est une exigence à elle seule",
    );
    expect(localizeExplanation("en", en)).toBe(en);
    const marker = `age «jeune»: ${reason("discrimination.marker", { x: "uniquement" })}`;
    expect(localizeExplanation("fr", marker)).toBe(
      "age «jeune»: marqueur d'exigence ou d'exclusion «uniquement» dans la même phrase",
    );
    const unsure = `x. ${reason("unsure.review")}.`;
    expect(localizeExplanation("en", unsure)).toBe("x. unsure with no judge: sent to a person (policy).");
    expect(localizeExplanation("fr", reason("judge.said", { x: reason("discrimination.rationale") }))).toBe(
      "juge : le critère est cité dans une justification de tri",
    );
    // A reason that begins like a shorter one is not cut by it.
    expect(localizeExplanation("fr", reason("cultural.selfIdVoluntary", { x: "gender" }))).toBe(
      "auto-déclaration à l'américaine (EEO) de «gender» (facultative, tenue à part)",
    );
  });

  it("show a hate-speech reason's targets, criteria and attacks in French, its evidence as written", () => {
    const written = `${reason("hate.rules", {
      targets: [
        reason("hate.target", { x: "immigrants", criterion: "origin" }),
        reason("hate.targetByReference", { x: "them", criterion: "religion" }),
      ].join(", "),
      attacks: reason("hate.attack.dehum", { x: "vermin" }),
    })}${reason("hate.spelling", { x: "verm1n→vermin" })}`;
    expect(localizeExplanation("fr", written)).toBe(
      "règles de discours de haine : cible «immigrants» (Origine), «them» (Convictions religieuses, par référence) + terme déshumanisant «vermin» ; orthographe lue comme verm1n→vermin",
    );
  });

  // Every reason a guard can write (core/reasons.ts, the only way a guard writes one), with every value each
  // labelled hole can hold: the French page shows the French rendering, never the English words, and back.
  const sample = (code: ReasonCode, fill: Readonly<Record<string, string>>) =>
    Object.fromEntries(holesOf(REASONS[code]).map((h) => [h, fill[h] ?? `${h}-evidence`]));
  const VALUES: Readonly<Record<string, readonly string[]>> = {
    criterion: CRITERIA,
    kind: TEXT_KINDS,
    frame: Object.keys(REASON_LABELS.frame.en),
    practice: PRACTICE_LABELS,
  };
  const cases = (Object.keys(REASONS) as ReasonCode[]).flatMap((code) => {
    const labelled = holesOf(REASONS[code]).filter((h) => h in VALUES);
    const [first] = labelled;
    if (!first) return [[code, {}] as const];
    return (VALUES[first] ?? []).map((v) => [code, { [first]: v }] as const);
  });

  it.each(cases)("renders %s %j in both languages", (code, fill) => {
    const params = sample(code, fill);
    const written = reason(code, params);
    for (const locale of ["fr", "en"] as const) {
      const shown = localizeExplanation(locale, written);
      const expected = REASON_TEXT[locale][code].replace(/\{(\w+)\}/g, (_, h: string) => {
        const v = params[h] ?? "";
        if (h === "criterion") return label(locale, "criterion", v);
        if (h === "kind") return label(locale, "kind", v);
        if (h === "frame" || h === "practice") {
          const labels: Readonly<Record<string, string>> = REASON_LABELS[h][locale];
          return labels[v] ?? v;
        }
        return v;
      });
      expect(shown, locale).toBe(expected);
    }
    expect(holesOf(REASON_TEXT.fr[code]).sort(), code).toEqual(holesOf(REASON_TEXT.en[code]).sort());
  });
});
