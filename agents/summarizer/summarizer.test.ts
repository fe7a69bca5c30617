import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../core/contract.js";
import type { ChatRequest, ModelEngine } from "../../core/models.js";
import { fromRoot } from "../../core/paths.js";
import { foldText as fold } from "../../core/text/fold.js";
import { proseDefects } from "../writing/shape.js";
import { createModelSummarizer } from "./llm.js";
import { createOfflineSummarizer, summarizeExtractive } from "./offline.js";
import { TOPIC_HEADINGS } from "./types.js";

const { sources } = JSON.parse(readFileSync(fromRoot("samples", "summary.json"), "utf8")) as {
  sources: string[];
};
const PROTECTED_WORDS = [
  "38 ans",
  "mariée",
  "enfants",
  "Villeurbanne",
  "Lilas",
  "maladie",
  "portugaise",
  "pratiquante",
  "Photo",
];
const HEADINGS = Object.values(TOPIC_HEADINGS);
/** A sentence's words, without case, accents, filler or final stop: what its source span must hold. */
const core = (s: string) =>
  fold(s)
    .replace(/[.!?]$/u, "")
    .trim();

describe("offline summary: what a recruiter writes", () => {
  it("groups whole sentences under the recruiter's sections, in order, one line each", () => {
    const draft = summarizeExtractive(sources, []);
    const lines = draft.text.split("\n");
    expect(lines.map((l) => l.split(" : ")[0])).toEqual(
      HEADINGS.filter((h) => lines.some((l) => l.startsWith(`${h} :`))),
    );
    expect(lines[0]).toMatch(/^Parcours : Elle a travaillé cinq ans chez Boulangerie Martin/u);
    expect(proseDefects(draft.text, HEADINGS)).toEqual([]);
    for (const s of draft.sentences) expect(s.text).toMatch(/^[\p{Lu}\d].*[.!?]$/u);
  });

  it("takes every sentence from a span of a source, recased and punctuated but not reworded", () => {
    const draft = summarizeExtractive(sources, []);
    for (const s of draft.sentences) {
      if (s.source === undefined || s.start === undefined || s.end === undefined)
        throw new Error("no offsets");
      expect(fold(sources[s.source] ?? "")).toContain(core(s.text));
    }
  });

  it("holds no protected attribute nor a name, and counts what it left out", () => {
    const draft = summarizeExtractive(sources, []);
    for (const word of [...PROTECTED_WORDS, "Claire"]) expect(draft.text).not.toContain(word);
    expect(draft.droppedProtected).toBeGreaterThanOrEqual(5);
    const short = summarizeExtractive(
      [
        "Camille Martin, 34 ans, mariée. Développeuse TypeScript depuis 6 ans chez Qonto. Master MIAGE. Anglais courant.",
      ],
      [],
    );
    expect(short.text).toContain("Master MIAGE.");
    expect(short.text).toContain("Anglais courant.");
    expect(short.text).not.toMatch(/34 ans|mariée|Camille/u);
  });

  it("keeps the salary expectation, the availability and the interviewer's recommendation", () => {
    const draft = summarizeExtractive(
      [
        "exp : 4 ans chez Décathlon. prétentions : 24k brut. dispo sous 1 mois (préavis). avis : très bon contact, je recommande un 2e entretien.",
      ],
      [],
    );
    expect(draft.text).toContain(
      "Souhaits et disponibilité : Prétentions : 24k brut. Dispo sous 1 mois (préavis).",
    );
    expect(draft.text).toContain(
      "Appréciation de l'intervieweur : Très bon contact, je recommande un 2e entretien.",
    );
  });

  it("says once what two sources both say, in its fuller form", () => {
    const draft = summarizeExtractive(
      [
        "Entretien RH : 8 ans en cabinet (KPMG Lille puis In Extenso). Prétentions 42 k€. Il veut passer en entreprise.",
        "Entretien opérationnel : 8 ans en cabinet, KPMG puis In Extenso. Prétentions : 42 k€. Souhaite passer en entreprise.",
      ],
      [],
    );
    for (const fact of ["KPMG", "42 k€", "passer en entreprise"])
      expect(draft.sentences.filter((s) => s.text.includes(fact))).toHaveLength(1);
  });

  it("cuts a filler opener and leaves out, on a revision, what a finding pointed at", async () => {
    expect(summarizeExtractive(sources, []).text).not.toContain("Par ailleurs");
    const finding: Finding = {
      guard: "hallucination",
      rule: "HA-01",
      criteria: [],
      severity: "review",
      start: 0,
      end: 10,
      evidence: "un peu d'espagnol",
      legalBasis: [],
    };
    const draft = await createOfflineSummarizer().summarize({ sources, feedback: [finding] });
    expect(draft.text).not.toContain("un peu d'espagnol");
    expect(draft.text).toContain("Langues : anglais courant");
  });
});

describe("model summary", () => {
  it("renders the summarizer prompt and still drops a sentence with a protected attribute", async () => {
    const seen: Array<ChatRequest<unknown>> = [];
    const engine: ModelEngine = {
      provider: "openai",
      offline: false,
      chatModel: "stub",
      embeddingModel: "stub",
      async chat<T>(request: ChatRequest<T>) {
        seen.push(request as ChatRequest<unknown>);
        const data = {
          sections: {
            parcours: ["Vendeuse pendant cinq ans chez Boulangerie Martin.", "Elle a 38 ans."],
            competences: ["elle maîtrise l'encaissement"],
            souhaits: [],
            appreciation: [],
          },
        } as T;
        return {
          text: JSON.stringify(data),
          data,
          record: {
            provider: "openai",
            model: "stub",
            promptName: "summarizer",
            promptVersion: "v2",
            inputTokens: 1,
            outputTokens: 1,
            latencyMs: 1,
            attempts: 1,
            offline: false,
          },
        };
      },
      async embed() {
        return [];
      },
    };
    const draft = await createModelSummarizer(engine).summarize({ sources, feedback: [] });
    expect(draft.text).toBe(
      "Parcours : Vendeuse pendant cinq ans chez Boulangerie Martin.\nCompétences : Elle maîtrise l'encaissement.",
    );
    expect(draft.droppedProtected).toBe(1);
    expect(seen[0]?.prompt).toEqual({ name: "summarizer", version: "v2" });
    expect(seen[0]?.messages.map((m) => m.content).join("\n")).toContain("Boulangerie Martin");
  });
});

describe("a note written as one run of facts", () => {
  it("is cut into the recruiter's sections, each a whole statement, who was seen left out", () => {
    const { sentences } = summarizeExtractive(
      ["vu Kevin Roux ce matin, maçon 10 ans chez Vinci, CAP, veut 2300 net, dispo lundi, top on le prend"],
      [],
    );
    expect(sentences.map((s) => [s.topic, s.text])).toEqual([
      ["parcours", "Maçon 10 ans chez Vinci, CAP."],
      ["souhaits", "Veut 2300 net, dispo lundi."],
      ["appreciation", "Top on le prend."],
    ]);
  });

  it("leaves a sentence whose clauses speak of one thing whole", () => {
    const { sentences } = summarizeExtractive(
      ["Veut du full remote, 70 k€ fixe minimum, préavis 3 mois."],
      [],
    );
    expect(sentences).toHaveLength(1);
  });
});
