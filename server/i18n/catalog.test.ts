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
import { ROLES } from "../../db/queries/keys.js";
import { WORKFLOWS } from "../../graphs/registry.js";
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
  it("says the guards' English reasons in French, and their French reasons in English", () => {
    const en = "age_range «25 a 35 ans»: wording that is a demand by itself";
    expect(localizeExplanation("fr", en)).toBe(
      "age_range «25 a 35 ans»: formulation qui est une exigence à elle seule",
    );
    expect(localizeExplanation("en", en)).toBe(en);
    const marker = "age «jeune»: requirement or exclusion marker «uniquement» in the same sentence";
    expect(localizeExplanation("fr", marker)).toBe(
      "age «jeune»: marqueur d'exigence ou d'exclusion «uniquement» dans la même phrase",
    );
    const unsure = "x. incertain sans juge : soumis à une personne (politique).";
    expect(localizeExplanation("en", unsure)).toBe("x. unsure with no judge: sent to a person (policy).");
    expect(localizeExplanation("fr", "judge: the criterion is cited in a screening rationale")).toBe(
      "juge : le critère est cité dans une justification de tri",
    );
  });
});
