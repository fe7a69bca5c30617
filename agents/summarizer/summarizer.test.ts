import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../core/contract.js";
import type { ChatRequest, ModelEngine } from "../../core/models.js";
import { fromRoot } from "../../core/paths.js";
import { createModelSummarizer } from "./llm.js";
import { createOfflineSummarizer, summarizeExtractive } from "./offline.js";

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

describe("offline (extractive) summary", () => {
  it("is made only of the sources' own sentences, each pointing at where it was taken", () => {
    const draft = summarizeExtractive(sources, []);
    expect(draft.sentences.length).toBeGreaterThanOrEqual(5);
    for (const s of draft.sentences) {
      if (s.source === undefined || s.start === undefined || s.end === undefined)
        throw new Error("no offsets");
      expect(sources[s.source]?.slice(s.start, s.end)).toBe(s.text);
    }
    expect(draft.text.split("\n")).toEqual(draft.sentences.map((s) => s.text));
  });

  it("keeps skills, experience, education, languages and motivation, and drops the rest", () => {
    const draft = summarizeExtractive(sources, []);
    expect(new Set(draft.sentences.map((s) => s.topic))).toEqual(
      new Set(["skills", "experience", "education", "languages", "motivation"]),
    );
    expect(draft.text).toContain("CAP Boulanger");
    expect(draft.text).toContain("anglais");
    expect(draft.text).toContain("cinq ans chez Boulangerie Martin");
    expect(draft.text).not.toContain("Il a fait beau");
  });

  it("holds no protected attribute, and counts what it left out", () => {
    const draft = summarizeExtractive(sources, []);
    for (const word of PROTECTED_WORDS) expect(draft.text).not.toContain(word);
    expect(draft.droppedProtected).toBeGreaterThanOrEqual(5);
  });

  it("cuts a filler opener without rewording the rest", () => {
    const draft = summarizeExtractive(sources, []);
    expect(draft.text).toContain("elle maîtrise l'encaissement");
    expect(draft.text).not.toContain("Par ailleurs");
  });

  it("leaves out, on a revision, what a finding pointed at", async () => {
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
          sentences: ["Vendeuse pendant cinq ans chez Boulangerie Martin.", "Elle a 38 ans."],
        } as T;
        return {
          text: JSON.stringify(data),
          data,
          record: {
            provider: "openai",
            model: "stub",
            promptName: "summarizer",
            promptVersion: "v1",
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
    expect(draft.text).toBe("Vendeuse pendant cinq ans chez Boulangerie Martin.");
    expect(draft.droppedProtected).toBe(1);
    expect(seen[0]?.prompt).toEqual({ name: "summarizer", version: "v1" });
    expect(seen[0]?.messages.map((m) => m.content).join("\n")).toContain("Boulangerie Martin");
  });
});

describe("short facts", () => {
  it("keeps two-word facts such as a degree or a language level", () => {
    const draft = summarizeExtractive(
      [
        "Camille Martin, 34 ans, mariée. Développeuse TypeScript depuis 6 ans chez Qonto. Master MIAGE. Anglais courant.",
      ],
      [],
    );
    const texts = draft.sentences.map((s) => s.text);
    expect(texts).toEqual(expect.arrayContaining(["Master MIAGE.", "Anglais courant."]));
    expect(draft.text).not.toMatch(/34 ans|mariée|Camille/);
  });
});
