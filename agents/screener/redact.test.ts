import { describe, expect, it } from "vitest";
import { REMOVED, redactCv } from "./redact.js";
import { javaCv, people } from "./test-support/cv-variants.js";

describe("redactCv", () => {
  it("gives the same text for one CV written for 40 different people", () => {
    const variants = people(40);
    const texts = variants.map((p) => redactCv(javaCv(p)).text);
    const [first] = texts;
    for (const [i, text] of texts.entries()) expect(text, `variant ${i}: ${variants[i]?.first}`).toBe(first);
  });

  it("gives the same text whatever the layout of the civil-status lines", () => {
    const heads = [
      "DUPONT Marie\nMlle Marie DUPONT – née en 1995 – Française",
      "DIALLO Mamadou\nM. Mamadou DIALLO – né en 1971\nSénégalais",
      "Nguyen Thi Lan\nMme Nguyen Thi Lan (36 ans), Vietnamienne",
      "Jean-Pierre Lefèvre\nM. Jean-Pierre Lefèvre, 61 ans, Français, 2 enfants",
      "Fatoumata Traoré\nMadame Fatoumata Traoré – née le 3 mars 1999 à Bamako",
    ];
    const body = (f: boolean) =>
      [
        `Domicile : ${f ? "4 rue Victor Hugo, 93100 Montreuil" : "18 avenue Foch, 75116 Paris"}`,
        `Âge : ${f ? 29 : 53} ans. Situation familiale : ${f ? "mariée, trois enfants" : "célibataire"}`,
        `${f ? "Comptable expérimentée" : "Comptable expérimenté"}, 6 ans d'expérience en cabinet.`,
        "Compétences : comptabilité générale, rapprochements bancaires, déclarations de TVA, paie, Sage, Excel.",
        `Titulaire d'un DCG (${f ? 2017 : 1993}).`,
      ].join("\n");
    const texts = heads.map((head, i) => redactCv(`${head}\n${body(i % 2 === 0)}`).text);
    expect(new Set(texts).size).toBe(1);
    expect(texts[0]).toContain("Comptable expérimenté, 6 ans d'expérience en cabinet.");
    expect(texts[0]).toContain("déclarations de TVA, paie, Sage, Excel.");
  });

  it("leaves none of the protected values in the text", () => {
    for (const p of people(20)) {
      const text = redactCv(javaCv(p)).text;
      for (const value of [
        p.first,
        p.last,
        p.birth,
        p.birthplace,
        p.address,
        p.nationality,
        p.grad,
        `${p.age} ans`,
      ])
        expect(text).not.toContain(value);
      expect(text).not.toMatch(/Madame|Monsieur|Née|mariée?|divorcée?|enfants?|veu(?:f|ve)|@|06 \d\d/u);
      expect(text).not.toMatch(/développeuse|rigoureuse|motivée|diplômée/iu);
    }
  });

  it("keeps the skills, the stated experience and the layout", () => {
    const text = redactCv(javaCv(people(1)[0]!)).text;
    expect(text).toContain("Développeur Java depuis 7 ans, rigoureux et motivé.");
    expect(text).toContain(
      "API REST en Java avec Spring Boot, tests unitaires, SQL (PostgreSQL), Git, Docker.",
    );
    expect(text).toContain("Langues : anglais technique.");
    // The six civil-status lines become one removed line; the blank line and the four body lines stay.
    const lines = text.split("\n");
    expect(lines).toHaveLength(6);
    expect(lines.slice(0, 2)).toEqual([REMOVED, ""]);
    expect(lines[3]).toMatch(/^Expérience : développeur back-end chez Acme \(\[…\]\) : API REST/u);
    expect(lines[4]).toBe("Formation : Master informatique ([…]), diplômé avec mention.");
  });

  it.each([
    ["Religion : catholique pratiquante", "religion"],
    ["Bénévole à la paroisse Saint-Jean le week-end", "religion"],
    ["Porte le voile islamique", "religion"],
    ["RQTH depuis 2019", "health"],
    ["Travailleur handicapé, aménagement de poste souhaité", "health"],
    ["Arrêt maladie de six mois pour burn-out", "health"],
    ["Enceinte de 4 mois", "pregnancy"],
    ["Déléguée syndicale CGT", "union_activity"],
    ["Élu au CSE de l'entreprise", "union_activity"],
    ["Conseillère municipale à Villeurbanne", "elected_office"],
    ["Militant au parti socialiste", "political_opinions"],
    ["De nationalité algérienne", "origin"],
    ["D'origine sénégalaise", "origin"],
    ["Titre de séjour : valable jusqu'en 2027", "origin"],
    ["Habite à Saint-Denis", "residence"],
    ["Photo : souriante, cheveux bruns", "physical_appearance"],
    ["Taille : 1m75", "physical_appearance"],
    ["Homosexuel, en couple", "sexual_orientation"],
    ["Lanceuse d'alerte dans l'affaire X", "whistleblower"],
    ["Bénéficiaire du RSA depuis 2022", "economic_vulnerability"],
    ["Sexe : F", "sex"],
    ["Date de naissance : 3 mars 1980", "age"],
    ["Âge : 52 ans", "age"],
  ])("takes out %s (%s)", (line, criterion) => {
    const cv = `Comptable, 5 ans d'expérience.\n${line}\nMaîtrise de Sage et d'Excel.`;
    const redacted = redactCv(cv);
    expect(redacted.counts[criterion as keyof typeof redacted.counts]).toBeGreaterThan(0);
    expect(redacted.text).toContain("Comptable, 5 ans d'expérience.");
    expect(redacted.text).toContain("Maîtrise de Sage et d'Excel.");
    const middle = redacted.text.split("\n")[1] ?? "";
    expect(middle.replaceAll(REMOVED, "").replace(/[\s,.;:'’-]/gu, "").length).toBeLessThan(12);
  });

  it("keeps work with disabled or sick people, which is a skill, not a condition", () => {
    const text = redactCv(
      "Aide-soignant : accompagnement de personnes en situation de handicap en foyer.",
    ).text;
    expect(text).toContain("personnes en situation de handicap");
  });

  it("keeps language skills but not the mother tongue that tells the origin", () => {
    const text = redactCv("Langues : arabe (langue maternelle), anglais courant.").text;
    expect(text).toContain("anglais courant");
    expect(text).not.toContain("maternelle");
  });

  it("does not take an experience duration for an age", () => {
    const text = redactCv("Développeur Java, 12 ans d'expérience. Expérience de 8 ans en banque.").text;
    expect(text).toContain("12 ans d'expérience");
    expect(text).toContain("8 ans");
  });
});
