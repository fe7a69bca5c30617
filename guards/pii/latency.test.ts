// Detectors run on every draft: p50 must stay under 1 ms for a 1 KB text (patterns compiled at load).
import { describe, expect, it } from "vitest";
import { percentile } from "../../evals/guards/metrics.js";
import { piiDetector } from "./detector.js";

const TEXT = `Marie DUPONT — 12 rue de la Paix, 75002 Paris — 06 12 34 56 78 — marie.dupont@example.fr
Synthèse : développeuse Java avec 6 ans d'expérience chez Capgemini et Sopra Steria, anglais courant,
certifiée AWS. Elle a conduit la migration d'une plateforme de paiement vers Kubernetes, encadré trois
développeurs juniors et mis en place des tests de charge. Mme Dupont est disponible sous un mois.
NIR 2 69 02 99 341 732 85. IBAN FR76 3000 6000 0112 3456 7890 189. Née le 14/02/1990 à Nantes.
Points forts : rigueur, pédagogie, sens du service. Points d'attention : peu d'expérience en management.
Références : M. Paul Durand, directeur technique, +33 1 42 68 53 00. Cordialement,
Marie Dupont
Autres éléments : mobilité géographique possible, préavis d'un mois, intérêt pour les sujets de qualité logicielle et d'outillage interne, participation à des meetups.
Compléments : mobilité géographique possible, préavis d'un mois, intérêt pour les sujets de qualité logicielle et d'outillage interne, participation à des meetups.`;

describe("piiDetector latency", () => {
  it("p50 ≤ 1 ms on a 1 KB summary", () => {
    expect(TEXT.length).toBeGreaterThanOrEqual(1000);
    const times: number[] = [];
    // The first calls compile the regexes' fast paths and warm the JIT; the budget is for steady state.
    for (let i = 0; i < 400; i++) {
      const t = performance.now();
      piiDetector.detect({ text: TEXT, kind: "candidate_summary", jurisdiction: "FR" });
      if (i >= 100) times.push(performance.now() - t);
    }
    expect(percentile(times, 50)).toBeLessThanOrEqual(1);
  });
});
