// The offline ad writer: a French job ad built from the brief's own words, laid out as recruiters publish
// them (title from the ROME appellation in both genders + "(H/F)", the employer, the missions, the profile,
// the conditions). It invents nothing: every line is a unit of the brief, recased and punctuated, with the
// job named in both genders. What the law forbids is removed a whole unit at a time (a labelled line, a
// sentence, a fragment of a list), never a few words out of a clause; a unit that would not stand as French
// (agents/writing/shape.ts) is left out rather than published.

import { foldText } from "../../core/text/fold.js";
import { unitDefects } from "../writing/shape.js";
import { titleOf } from "./brief.js";
import { withoutUngivenConditions } from "./conditions.js";
import { layoutAd } from "./layout.js";
import { namedInSentence, romeTitle, type TitleMatch, titleOfAppellation } from "./rome-title.js";
import { AD_SECTION_IDS, type AdSectionId, cueStrength, sectionOf } from "./sections.js";
import { genderedTitle } from "./titles.js";
import type { AdDraft, AdWriteRequest, AdWriter } from "./types.js";
import { type BriefUnit, clausesOf, unitsOf } from "./units.js";

export interface Span {
  start: number;
  end: number;
}

export interface OfflineAd extends AdDraft {
  /** Spans of the brief the ad rewrote rather than left out (the job named in one gender). */
  rewritten: Span[];
  /** Units of the brief left out, with why: a forbidden ask, or a shape that would not stand. */
  dropped: Array<{ text: string; reason: "finding" | "shape" }>;
}

const capital = (s: string) => s.charAt(0).toLocaleUpperCase("fr") + s.slice(1);
const words = (s: string) => s.split(/\s+/u).filter(Boolean).length;

/** Where the brief names its job: a "Poste :" line, the phrase after "recrutons", or a short first line. */
function zoneOf(brief: string, units: BriefUnit[]): { zone?: Span; phrase?: string } {
  const titled = units.find((u) => u.titleLine);
  if (titled) return { zone: { start: titled.start, end: titled.end }, phrase: titled.text };
  const phrase = titleOf(brief);
  if (phrase) {
    const escaped = foldText(phrase).replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
    const at = new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "u").exec(foldText(brief))?.index;
    if (at !== undefined) return { zone: { start: at, end: at + phrase.length }, phrase };
  }
  const firstLine = brief.trimStart().split("\n")[0] ?? "";
  const lead = brief.length - brief.trimStart().length;
  if (words(firstLine) <= 8)
    return { zone: { start: lead, end: lead + firstLine.length }, phrase: firstLine };
  const first = units[0];
  return first ? { zone: { start: first.start, end: first.end } } : {};
}

/** A phrase cut before what is not part of a job title ("cariste caces 3 pour…" → "cariste"). */
function titlePhrase(phrase: string): string {
  return phrase
    .replace(/\s*\(?\b(?:H\/F|F\/H)\b\)?/giu, "")
    .split(
      /[,;:(]|\s(?:pour|à|au|en\s+(?:cdi|cdd|intérim|interim|alternance|stage|contrat)|sur|dans|chez|avec|de\s+\d|caces|permis|urgent|h\/f)(?:\s|$)|\d/iu,
    )[0]!
    .replace(/^(?:un|une|des|le|la|les|son|sa|ses)\s+/iu, "")
    .trim();
}

/** The ad's title for a brief, and whether the brief named the job (rather than a guess from its content). */
export function adTitleOf(brief: string): { title: string; named: boolean } {
  const { title, match } = chooseTitle(brief, unitsOf(brief));
  return { title, named: match?.inZone === true || match === undefined };
}

function chooseTitle(brief: string, units: BriefUnit[]): { title: string; match?: TitleMatch } {
  const { zone, phrase } = zoneOf(brief, units);
  const match = romeTitle(brief, zone);
  const cut = phrase ? titlePhrase(phrase) : "";
  if (match?.inZone) {
    // "vendeur en boulangerie" says more than ROME's "Vendeur / Vendeuse": keep the brief's specialty.
    const spelled = brief.slice(match.start ?? 0, match.end ?? 0);
    const more = foldText(cut).startsWith(foldText(spelled)) ? cut.slice(spelled.length).trim() : "";
    if (/^(?:en|de|du|des|d['’])\s*\p{L}/iu.test(more) && words(cut) <= 6)
      return { title: genderedTitle(cut), match };
    return { title: titleOfAppellation(match.appellation), match };
  }
  if (cut.length >= 3 && words(cut) <= 6) {
    const prefix = romeTitle(cut);
    if (prefix?.start === 0) return { title: titleOfAppellation(prefix.appellation) };
    return { title: genderedTitle(cut) };
  }
  if (match)
    return { title: titleOfAppellation(match.appellation), ...(match.start !== undefined ? { match } : {}) };
  return { title: genderedTitle(cut || "Poste à pourvoir") };
}

const overlaps = (u: Span, s: Span) => u.start < s.end && s.start < u.end;

// "Nous cherchons une jeune femme de 20 à 25 ans avec une première expérience en restauration": what follows
// "avec" is a demand of its own, a whole noun phrase that stands as a line of the profile once the sentence
// holding the forbidden ask goes. Nothing is rewritten: it is the brief's own words, its article dropped.
const COMPLEMENT =
  /\s(?:avec|ayant|with|having|titulaire d['’]?|disposant d['’]?)\s*(?:(?:une?|des|de la|du|d['’]|de|la|le|l['’]|an?)\s*)?(?=\p{L})/iu;

/**
 * A name alone (a town, an employer): what it is depends on its capitals, which a list's section does not.
 * At a sentence's start one capital is only the sentence's ("Shampoings, brushings…"): a name there needs
 * another capital ("ADMR", "Nordic Parts").
 */
const isName = (text: string, initial: boolean) =>
  (!initial || /\s\p{Lu}|\p{Lu}{2}/u.test(text)) &&
  sectionOf(text) !== sectionOf(text.toLocaleLowerCase("fr"));

function complementOf(unit: BriefUnit): BriefUnit | undefined {
  const m = COMPLEMENT.exec(unit.text);
  if (!m) return undefined;
  const text = unit.text.slice(m.index + m[0].length).replace(/[.;!]+$/u, "");
  if (cueStrength(text) === 0 || sectionOf(text) !== "profil") return undefined;
  const start = unit.start + m.index + m[0].length;
  return { ...unit, text, start, end: start + text.length, fragment: false, section: "profil" };
}

/** A fragment that opens on a link word leans on the one before it: it cannot stay once that one goes. */
const LEANS =
  /^(?:pour|afin|en|et|ou|car|vu|de|d'|à|au|aux|avec|sans|mais|donc|qui|que|dont|ni)(?![\p{L}])/iu;

const RECRUIT_VERB =
  /\b(?:recrutons|recherchons|cherchons|embauchons|recrute|recherche|cherche|embauche|is looking for|are looking for|looking for|is hiring|are hiring|hiring|needs?)\b/iu;
const THIRD_PERSON = /^(?:recrute|recherche|cherche|embauche)$/iu;
const NO_SUBJECT = /^(?:urgent\s*:?|on|nous|we|hello\s*!?|je|j'|our team|notre équipe)?$/iu;
const GENDER_MARK = /^\s*(?:\(?\s*(?:H\/F|F\/H|M\/F)\s*\)?|\(e\))\s*/iu;
const ARTICLE_BEFORE = /(?:\b(?:un|une|des|le|la|les|son|sa|ses|notre|nos|d['’]|l['’]|de|du)\s*)$/iu;
const REST_SPLIT = /\s(?:pour|à|au|aux|en|sur|dans|chez|basée?s?|afin|au sein|within|in)\s/iu;

/**
 * The opening clause rewritten to name the job in both genders ("Brasserie du Vieux-Port à Marseille
 * recrute un serveur ou une serveuse pour la saison d'été"), and the units its other parts become.
 */
function opening(
  clause: BriefUnit,
  match: TitleMatch,
  removed: Span[],
): { sentence?: BriefUnit; extra: BriefUnit[]; rewritten: Span[] } {
  const at = (match.start ?? 0) - clause.start;
  const endAt = (match.end ?? 0) - clause.start;
  const beforeAll = clause.text.slice(0, at);
  const article = ARTICLE_BEFORE.exec(beforeAll)?.[0] ?? "";
  const before = beforeAll.slice(0, beforeAll.length - article.length).trim();
  const afterRaw = clause.text.slice(endAt);
  const after = afterRaw.replace(GENDER_MARK, " ");
  const afterStart = clause.start + endAt + (afterRaw.length - after.length);
  const split = REST_SPLIT.exec(after);
  const rest1 = (split ? after.slice(0, split.index) : after).trim();
  const rest2 = split ? after.slice(split.index).trim() : "";
  const extra: BriefUnit[] = [];
  if (words(rest1) >= 2)
    extra.push({
      ...clause,
      text: rest1,
      start: afterStart,
      end: afterStart + rest1.length,
      section: undefined,
    });
  // The job named in one gender ("cherche une assistante") is rewritten in both: that part may go on.
  // A forbidden ask in the subject ("Recherche JH pour…") takes the whole opening with it.
  const subjectSpan = { start: clause.start, end: clause.start + before.length };
  const titleSpan = { start: clause.start + before.length, end: clause.start + endAt };
  const rewritten = removed.filter(
    (s) => overlaps(titleSpan, s) && s.start >= titleSpan.start - 1 && s.end <= titleSpan.end + 1,
  );
  if (removed.some((s) => overlaps(subjectSpan, s) || (overlaps(titleSpan, s) && !rewritten.includes(s))))
    return { extra, rewritten: [] };
  const rest2Start = clause.end - rest2.length;
  const keepRest = rest2 && !removed.some((s) => overlaps({ start: rest2Start, end: clause.end }, s));
  const verb = RECRUIT_VERB.exec(before);
  const subject = verb ? before.slice(0, verb.index).trim() : before.trim();
  const named = namedInSentence(match.appellation);
  const lead =
    NO_SUBJECT.test(subject) || subject.length === 0
      ? "Nous recrutons"
      : `${subject.replace(/,$/u, "")}${subject.includes(",") ? "," : ""} ${verb && THIRD_PERSON.test(verb[0]) ? verb[0].toLocaleLowerCase("fr") : "recrute"}`;
  const text = `${capital(lead)} ${named}${keepRest ? ` ${rest2}` : ""}`;
  return { sentence: { ...clause, text, section: "entreprise" }, extra, rewritten };
}

/**
 * Calls, greetings and the small talk of an e-mail that say nothing about the job ("We are hiring!",
 * "Bonjour Sandrine", "Comme convenu au téléphone", "Merci d'avance, Yann").
 */
const NOISE =
  /^(?:(?:we are hiring|we're hiring|hello|hi|urgent|bonjour|on recrute|nous recrutons)(?:\s+\p{Lu}[\p{L}'’-]*)?|(?:comme convenu|suite à notre (?:échange|appel|conversation)|je reviens vers (?:toi|vous))[^.!?]*|(?:merci(?: d'avance| par avance| beaucoup)?|bien à (?:toi|vous)|bonne journée|à bientôt|thanks)(?:[\s,]+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?)\W*$/iu;
/** A line that is only a name: the e-mail's signature ("Yann"). */
const SIGNATURE = /^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?$/u;
const PLACE =
  /(?<![\p{L}])(?:à|a|au|sur)\s+((?:(?:Le|La|Les|Saint|Sainte)[\s-])?\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)*(?:\s*\(\d{2,3}\))?)/u;

/** A unit that is only a place ("à Angers", "Brie-Comte-Robert"): the place itself. */
function placeOnly(text: string): string | undefined {
  const m =
    /^(?:(?:à|a|au|sur|secteur)\s+)?((?:(?:Le|La|Les|Saint|Sainte)[\s-])?\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)*(?:\s*\(\d{2,3}\))?)$/u.exec(
      text.trim(),
    );
  // A town is written with lower-case letters: "CDI", "CACES" are not places.
  return m?.[1] && /\p{Ll}/u.test(m[1]) ? m[1] : undefined;
}

/**
 * The town the opening sentence names: after "à", "sur", "région" ("… à Marseille recrute"), alone in
 * parentheses or as their last item ("(80 salariés, Épinal)"), or between dashes ("Clinique du Parc –
 * Toulouse –"). The ad's conditions say where.
 */
function placeOf(text: string): string | undefined {
  const TOWN = "(\\p{Lu}\\p{Ll}+(?:[\\s-]\\p{Lu}\\p{Ll}+)*(?:\\s*\\(\\d{2,3}\\))?)";
  return (
    PLACE.exec(text)?.[1] ??
    new RegExp(`(?:\\(|,\\s*)${TOWN}\\)`, "u").exec(text)?.[1] ??
    new RegExp(`\\s[–—-]\\s+${TOWN}\\s+[–—-]\\s`, "u").exec(text)?.[1] ??
    new RegExp(`(?<![\\p{L}])(?:région|secteur|area)\\s+${TOWN}`, "u").exec(text)?.[1]
  );
}

/** Small epicene rewrites: a job ad addresses every reader. */
function epicene(text: string): string {
  return text
    .replace(/\bles candidats\b/giu, "les personnes candidates")
    .replace(/\ble candidat\b/giu, "la personne candidate")
    .replace(/\bun candidat\b/giu, "une personne")
    .replace(/^basée? à(?![\p{L}])/iu, "Poste basé à");
}

function rendered(raw: string): string {
  const text = epicene(raw.trim()).replace(/\s+/gu, " ");
  const body = capital(text);
  return /[.!?…]$/u.test(body) ? body : `${body}.`;
}

export function composeOfflineAd(brief: string, removedSpans: Span[], removedEvidence: string[]): OfflineAd {
  const units = unitsOf(brief);
  const { title, match } = chooseTitle(brief, units);
  const dropped: OfflineAd["dropped"] = [];
  const evidence = removedEvidence.map(foldText).filter((e) => e.trim().length > 0);
  const isRemoved = (u: BriefUnit) =>
    removedSpans.some((s) => overlaps(u, s)) || evidence.some((e) => foldText(u.text).includes(e));

  // The opening clause names the job: rewrite it; its other clauses are units of their own.
  const pieces: BriefUnit[] = [];
  const handled: Array<{ span: Span; action: "rewritten" }> = [];
  let lead: BriefUnit | undefined;
  for (const unit of units) {
    if (unit.titleLine) continue;
    if (lead || match?.start === undefined || !overlaps(unit, { start: match.start, end: match.end ?? 0 })) {
      pieces.push(unit);
      continue;
    }
    const titleSpan = { start: match.start, end: match.end ?? 0 };
    const clauses = clausesOf(unit);
    const at = clauses.findIndex((c) => overlaps(c, titleSpan));
    // "Le Comptoir des Halles, restaurant de 60 couverts, cherche son cuisinier": the clauses before a
    // subjectless verb are its subject.
    const verbFirst =
      at > 0 &&
      RECRUIT_VERB.test(clauses[at]?.text.slice(0, (match.start ?? 0) - (clauses[at]?.start ?? 0)) ?? "") &&
      /^\s*(?:recrut|recherch|cherch|embauch)/iu.test(clauses[at]?.text ?? "");
    const first = verbFirst ? 0 : at;
    clauses.forEach((clause, i) => {
      if (i < first || i > at) pieces.push({ ...clause, section: unit.section, fragment: true });
    });
    const head = clauses[at];
    // The same when the sentence was read as a list: its fragments before the verb are the subject.
    let subjectStart: number | undefined;
    if (head && at === 0 && unit.fragment && /^\s*(?:recrut|recherch|cherch|embauch)/iu.test(head.text))
      while (pieces.length > 0 && pieces[pieces.length - 1]?.sentence === unit.sentence)
        subjectStart = pieces.pop()?.start;
    if (head) {
      const start = subjectStart ?? clauses[first]?.start ?? head.start;
      const merged = { ...head, start, text: brief.slice(start, head.end) };
      const { sentence, extra, rewritten } = opening(merged, match, removedSpans);
      lead = sentence;
      pieces.push(...extra);
      handled.push(...rewritten.map((span) => ({ span, action: "rewritten" as const })));
      if (!sentence) dropped.push({ text: merged.text, reason: "finding" });
    }
  }
  // Whole units go; so do the fragments of the same sentence that leaned on them.
  const goneSentences = new Set<number>();
  const kept: BriefUnit[] = [];
  for (const unit of pieces) {
    if (isRemoved(unit)) {
      goneSentences.add(unit.sentence);
      dropped.push({ text: unit.text, reason: "finding" });
      const rest = complementOf(unit);
      if (rest && !isRemoved(rest)) kept.push(rest);
    } else kept.push(unit);
  }
  // Fragments of one list-like sentence that land in the same section read as one line again.
  const entries: Array<{ section: AdSectionId; sentence: number; fragment: boolean; texts: string[] }> = [];
  const add = (section: AdSectionId, unit: BriefUnit, text: string) => {
    const last = entries[entries.length - 1];
    const joinable =
      section === "conditions" ||
      section === "entreprise" ||
      [...(last?.texts ?? []), text].every((t) => words(t) <= 4);
    if (
      last &&
      joinable &&
      unit.fragment &&
      last.fragment &&
      last.sentence === unit.sentence &&
      last.section === section
    )
      last.texts.push(text);
    else entries.push({ section, sentence: unit.sentence, fragment: unit.fragment === true, texts: [text] });
  };
  if (lead) add("entreprise", { ...lead, fragment: false }, lead.text);
  const listSection = new Map<number, AdSectionId>();
  for (const unit of kept)
    if (unit.fragment && !unit.section && cueStrength(unit.text) > 0 && !listSection.has(unit.sentence))
      listSection.set(unit.sentence, sectionOf(unit.text));
  for (const unit of kept) {
    if (goneSentences.has(unit.sentence) && LEANS.test(unit.text)) {
      dropped.push({ text: unit.text, reason: "finding" });
      continue;
    }
    if (NOISE.test(unit.text) || (GENDER_MARK.test(unit.text) && words(unit.text) <= 1)) continue;
    if (SIGNATURE.test(unit.text.trim()) && unit === kept[kept.length - 1]) continue;
    if (unitDefects(rendered(unit.text), 0).length > 0) {
      dropped.push({ text: unit.text, reason: "shape" });
      continue;
    }
    // A fragment of a list that says nothing of its own ("Coupes, couleurs, brushings…") goes where the
    // other fragments of its sentence go.
    const section =
      unit.fragment &&
      !unit.section &&
      cueStrength(unit.text) === 0 &&
      !isName(unit.text, !kept.some((k) => k.sentence === unit.sentence && k.start < unit.start))
        ? (listSection.get(unit.sentence) ?? sectionOf(unit.text))
        : sectionOf(unit.text, unit.section);
    const place = section === "conditions" && !unit.section ? placeOnly(unit.text) : undefined;
    add(section, unit, place ? `Lieu : ${place}` : unit.text);
  }
  const place = entries
    .filter((e) => e.section === "entreprise")
    .map((e) => placeOf(e.texts.join(", ")))
    .find(Boolean);
  if (place && !entries.some((e) => e.section === "conditions" && e.texts.some((t) => t.includes(place))))
    entries.unshift({ section: "conditions", sentence: -1, fragment: false, texts: [`Lieu : ${place}`] });
  const sections = Object.fromEntries(
    AD_SECTION_IDS.map((s) => [
      s,
      entries.filter((e) => e.section === s).map((e) => rendered(e.texts.join(", "))),
    ]),
  ) as Record<AdSectionId, string[]>;
  const text = withoutUngivenConditions(layoutAd(title, sections), brief);
  return { title, text, dropped, rewritten: handled.map((h) => h.span) };
}

export function createOfflineAdWriter(): AdWriter {
  return {
    offline: true,
    async write({ brief, feedback, briefFindings, sink }: AdWriteRequest): Promise<AdDraft> {
      const started = performance.now();
      const spans = (briefFindings ?? []).map((f) => ({ start: f.start, end: f.end }));
      const evidence = [...new Set(feedback.map((f) => f.evidence).filter((e) => e.trim().length > 0))];
      const { title, text, dropped, rewritten } = composeOfflineAd(brief, spans, evidence);
      await sink?.({
        provider: "offline",
        model: "offline-rules-v2",
        promptName: "ad-writer",
        promptVersion: "offline-v2",
        inputTokens: brief.split(/\s+/u).length,
        outputTokens: text.split(/\s+/u).length,
        latencyMs: performance.now() - started,
        attempts: 1,
        offline: true,
      });
      const rewrote = (f: { start: number; end: number }) => rewritten.some((r) => overlaps(r, f));
      return {
        title,
        text,
        left: dropped.map((d) => `${d.reason}: ${d.text}`),
        briefActions: (briefFindings ?? []).map((f) => (rewrote(f) ? "rewritten" : "removed")),
      };
    },
  };
}
