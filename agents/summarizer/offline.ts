// The offline summarizer writes what a recruiter writes after an interview: the career, the skills, what
// the candidate wants and when, and the interviewer's assessment, each as whole sentences taken from the
// sources (recased and punctuated, never reworded), so every fact points at the span it came from. A
// statement two sources both make is said once, in its fuller form. A statement touching a protected
// attribute is left out (the clause, when the rest of the sentence stands without it).

import { foldText as fold } from "../../core/text/fold.js";
import { asSentence, FILLER, layoutOf } from "./layout.js";
import { protectedCriterion, topicOf } from "./topics.js";
import {
  SUMMARY_TOPICS,
  type SummarizeRequest,
  type Summarizer,
  type SummaryDraft,
  type SummarySentence,
  type SummaryTopic,
} from "./types.js";
import { type SourceUnit, unitsOfSources } from "./units.js";

const PER_TOPIC: Record<SummaryTopic, number> = { parcours: 5, competences: 4, souhaits: 5, appreciation: 3 };
const MAX_SENTENCE = 320;
const NAMED_PERSON = /(?<![\p{L}])(?:M\.|Mme|Mlle|Madame|Monsieur|Maître)\s+\p{Lu}/u;

/** Content words (4 letters or more), cut to a 6-letter stem, and figures: what two statements share. */
const FUNCTION_WORDS = new Set(
  "avec dans pour chez puis avant apres depuis tres plus moins bien aussi tout tous elle elles sont etre avoir leur cette".split(
    " ",
  ),
);

/** Ways of saying "wants": "veut passer en entreprise" and "souhaite passer en entreprise" say one thing. */
const WISH = /^(?:veut|souhai\w*|voudrai\w*|cherche|attend)$/u;

function contentOf(text: string): Set<string> {
  const folded = fold(text);
  return new Set([
    ...(folded.match(/\p{L}{4,}/gu) ?? [])
      .filter((w) => !FUNCTION_WORDS.has(w))
      .map((w) => (WISH.test(w) ? "<wish>" : w.slice(0, 6))),
    ...(folded.match(/\d+/gu) ?? []),
  ]);
}

/** Whether the larger statement already says what the smaller one says. */
function same(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return false;
  const shared = [...small].filter((w) => large.has(w));
  const words = shared.filter((w) => !/^\d+$/u.test(w)).length;
  const ratio = shared.length / small.size;
  // Short statements share a place or a year by chance: more words in common are needed at a lower ratio.
  return (
    (ratio >= 0.55 && words >= 3) || (ratio >= 0.66 && words >= 2) || (ratio === 1 && shared.length >= 2)
  );
}

function standsAlone(clause: string): boolean {
  const c = clause.trim();
  return (
    topicOf(fold(c)) !== undefined &&
    !/^\d{1,2}\s*ans$/u.test(c) &&
    !/^\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)+$/u.test(c)
  );
}

/** A short statement naming tools or brands ("Silae et Sage Paie") is a skill even without a cue word. */
function namesATool(text: string): boolean {
  const words = text.split(/\s+/u);
  return words.length <= 6 && words.slice(1).some((w) => /^\p{Lu}/u.test(w));
}

/** The statement without its clauses about a protected attribute, or nothing when no clause is left. */
function withoutProtected(unit: SourceUnit): { unit?: SourceUnit; dropped: number } {
  const sensitive = (t: string) => protectedCriterion(fold(t)) !== undefined || NAMED_PERSON.test(t);
  if (!sensitive(unit.text)) return { unit, dropped: 0 };
  const clauses = unit.text.split(/,\s+|\s+;\s+/u);
  // What is left must stand as a statement of its own: not a bare "34 ans", not a name.
  const kept = clauses.filter((c) => !sensitive(c) && standsAlone(c));
  if (kept.length === 0 || kept.length === clauses.length) return { dropped: 1 };
  // The kept clauses must hold a verb or a judgement on their own; a lone adjective leans on what went.
  const text = kept.join(", ");
  if (text.split(/\s+/u).length < 3) return { dropped: 1 };
  const start = unit.start + unit.text.indexOf(kept[0] ?? "");
  return { unit: { ...unit, text, start, end: start + text.length }, dropped: 1 };
}

/**
 * A note written as one run of comma-separated facts ("maçon 10 ans chez Vinci, CAP, veut 2300 net, dispo
 * lundi, top on le prend") holds several of a recruiter's sections: it is cut at its commas and the clauses
 * of one section that follow each other become one statement. A clause with no cue stays with the one
 * before it; clauses before the first cued one (who was seen, when) are left out. A sentence whose clauses
 * all speak of one thing is left whole.
 */
function byTopic(unit: SourceUnit): SourceUnit[] {
  const clauses = [...unit.text.matchAll(/[^,]+/gu)].map((m) => ({
    text: m[0].trim(),
    start: unit.start + m.index + (m[0].length - m[0].trimStart().length),
    topic: topicOf(fold(m[0])),
  }));
  const topics = new Set(clauses.flatMap((c) => (c.topic ? [c.topic] : [])));
  if (clauses.length < 3 || topics.size < 2 || unit.topic) return [unit];
  const groups: SourceUnit[] = [];
  for (const clause of clauses) {
    const last = groups[groups.length - 1];
    if (last && (!clause.topic || clause.topic === last.topic)) {
      last.end = clause.start + clause.text.length;
      last.text = unit.text.slice(last.start - unit.start, last.end - unit.start);
    } else if (clause.topic)
      groups.push({
        ...unit,
        text: clause.text,
        start: clause.start,
        end: clause.start + clause.text.length,
        topic: clause.topic,
      });
  }
  return groups;
}

export function summarizeExtractive(sources: string[], excluded: string[]): SummaryDraft {
  const avoid = excluded.map(fold).filter((e) => e.trim().length > 0);
  const chosen: Array<{ sentence: SummarySentence; content: Set<string> }> = [];
  let droppedProtected = 0;
  for (const whole of unitsOfSources(sources).flatMap(byTopic)) {
    // A filler opener ("Par ailleurs, …") is not part of the fact: the span starts after it.
    const filler = FILLER.exec(whole.text)?.[0].length ?? 0;
    const raw = { ...whole, text: whole.text.slice(filler), start: whole.start + filler };
    const { unit, dropped } = withoutProtected(raw);
    droppedProtected += dropped;
    if (!unit || unit.text.length > MAX_SENTENCE) continue;
    const folded = fold(unit.text);
    if (avoid.some((e) => folded.includes(e))) continue;
    // A heading or a label of the source wins over cues, except for a verdict written under another one.
    const cued = topicOf(folded);
    const section =
      unit.topic && cued !== "appreciation"
        ? unit.topic
        : (cued ?? unit.topic ?? (namesATool(unit.text) ? "competences" : undefined));
    if (!section || unit.text.split(/\s+/u).filter(Boolean).length < 2) continue;
    const content = contentOf(unit.text);
    const sentence: SummarySentence = {
      text: asSentence(unit.text),
      topic: section,
      source: unit.source,
      start: unit.start,
      end: unit.end,
    };
    // Two sources saying the same thing: keep the fuller statement, once, where the first one stood.
    const repeats = chosen.flatMap((c, i) => (same(c.content, content) ? [i] : []));
    if (repeats.length === 0) chosen.push({ sentence, content });
    else if (repeats.every((i) => content.size > (chosen[i]?.content.size ?? 0))) {
      const first = chosen[repeats[0] ?? 0];
      chosen[repeats[0] ?? 0] = {
        sentence: { ...sentence, topic: first?.sentence.topic ?? section },
        content,
      };
      for (const i of repeats.slice(1).reverse()) chosen.splice(i, 1);
    }
  }
  const sentences = SUMMARY_TOPICS.flatMap((topic) =>
    chosen
      .map((c) => c.sentence)
      .filter((s) => s.topic === topic)
      .slice(0, PER_TOPIC[topic]),
  );
  const text = layoutOf(sentences);
  return { text, sentences, droppedProtected };
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
        model: "offline-extractive-v2",
        promptName: "summarizer",
        promptVersion: "offline-v2",
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
