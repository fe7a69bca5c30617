// The offline summarizer is extractive: it picks the sources' own sentences about skills, experience,
// education, languages and motivation, trims their filler, and writes nothing else, so it cannot add a
// fact. Sentences touching a protected attribute are dropped whole.
import { fold, splitSources } from "./sentences.js";
import { protectedCriterion, topicOf } from "./topics.js";
import {
  SUMMARY_TOPICS,
  type SummarizeRequest,
  type Summarizer,
  type SummaryDraft,
  type SummarySentence,
} from "./types.js";

const PER_TOPIC = 3;
const MAX_SENTENCE = 300;
/** Openers that carry no fact: cutting them shortens without changing what is said. */
const FILLER =
  /^(?:(?:par ailleurs|en outre|de plus|ensuite|enfin|globalement|dans l'ensemble|au cours de l'entretien|lors de l'entretien|pendant l'entretien)\s*,?\s*)+/iu;

/** Cuts the filler opener; the rest stays a verbatim slice of the source. */
function compress(text: string): { text: string; cut: number } {
  const filler = FILLER.exec(text.replace(/’/g, "'"))?.[0] ?? "";
  return { text: text.slice(filler.length), cut: filler.length };
}

export function summarizeExtractive(sources: string[], excluded: string[]): SummaryDraft {
  const avoid = excluded.map(fold).filter((e) => e.trim().length > 0);
  const chosen = new Map<string, SummarySentence>();
  let droppedProtected = 0;
  for (const sentence of splitSources(sources)) {
    const folded = fold(sentence.text);
    if (protectedCriterion(folded)) {
      droppedProtected++;
      continue;
    }
    if (avoid.some((e) => folded.includes(e))) continue;
    const topic = topicOf(folded);
    if (!topic || sentence.text.length > MAX_SENTENCE || chosen.has(folded)) continue;
    const { text, cut } = compress(sentence.text);
    // Two words can be a whole fact on a CV ("Master MIAGE.", "Anglais courant."); one is a fragment.
    if (text.split(/\s+/u).filter(Boolean).length < 2) continue;
    chosen.set(folded, {
      text,
      topic,
      source: sentence.source,
      start: sentence.start + cut,
      end: sentence.end,
    });
  }
  const sentences = SUMMARY_TOPICS.flatMap((topic) =>
    [...chosen.values()].filter((s) => s.topic === topic).slice(0, PER_TOPIC),
  );
  return { text: sentences.map((s) => s.text).join("\n"), sentences, droppedProtected };
}

export function createOfflineSummarizer(): Summarizer {
  return {
    offline: true,
    async summarize({ sources, feedback, sink }: SummarizeRequest): Promise<SummaryDraft> {
      const started = performance.now();
      const draft = summarizeExtractive(
        sources,
        feedback.map((f) => f.evidence),
      );
      await sink?.({
        provider: "offline",
        model: "offline-extractive-v1",
        promptName: "summarizer",
        promptVersion: "offline-v1",
        inputTokens: sources.join(" ").split(/\s+/u).length,
        outputTokens: draft.text.split(/\s+/u).filter(Boolean).length,
        latencyMs: performance.now() - started,
        attempts: 1,
        offline: true,
      });
      return draft;
    },
  };
}
