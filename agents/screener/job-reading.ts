// Which parts of a job ad say what the candidate must bring. An ad mixes the company's description, the
// title, the missions, the profile and the benefits; only the missions and the profile are demands.
// Headings ("Profil :", "Avantages", "Requirements:", "We offer") set the part; a line without a heading is
// judged by what it talks about: the company ("Notre groupe…", "About us"), the conditions (contract,
// hours, pay, benefits such as "tickets restaurant"), the title ("… recrute un cuisinier") or the work.

import { foldText as fold } from "../../core/text/fold.js";

/** demand: read every requirement; neutral: only named ones (a diploma, a licence, years); other: none. */
export type Part = "demand" | "neutral" | "other";

export interface Clause {
  text: string;
  /** Offset of the clause in the ad. */
  start: number;
  part: Part;
  /** True when a heading marked it as a demand, not only its wording. */
  marked: boolean;
  /** True for the first sentence of a line's text after a heading's colon ("Un plus : Kafka"). */
  afterHeading: boolean;
  /** True for the ad's first line, its title: "Soudeur TIG/MIG (H/F) — Le Creusot". */
  title: boolean;
}

// A heading: the start of a line up to a colon, or a short line of its own.
const DEMAND_HEADINGS =
  /^(?:votre\s+)?(?:profil(?:\s+recherch[ée])?|comp[ée]tences(?:\s+(?:requises|attendues))?|pr[ée]requis|exigences|missions?|vos\s+missions|votre\s+(?:mission|r[ôo]le)|ce\s+que\s+(?:nous\s+attendons|nous\s+cherchons|vous\s+ferez)|formation|exp[ée]rience|qualifications?|requirements?|who\s+you\s+are|what\s+you(?:'ll|\s+will)?\s+(?:bring|need|do)|you\s+must\s+have|must[-\s]have|essential|desirable|nice\s+to\s+have|skills|responsibilities|un\s+plus|le\s+plus|atouts?|au\s+programme|ce\s+qu['’]on\s+(?:attend|cherche)|ce\s+que\s+(?:tu|vous)\s+(?:feras|ferez|apportes?|apportez)|ton\s+(?:profil|r[ôo]le|quotidien)|tes\s+missions|votre\s+quotidien|(?:tech(?:nical)?\s+)?stack|environnement\s+technique|outils|logiciels|langues?|languages?|dipl[ôo]mes?|what\s+you['’]ll\s+(?:bring|need|do)|you['’]ll\s+need|the\s+role)\b/u;
const OTHER_HEADINGS =
  /^(?:avantages?|nous\s+offrons|ce\s+que\s+nous\s+(?:offrons|proposons)|nous\s+proposons|le\s+petit\s+plus|r[ée]mun[ée]ration|salaire|conditions|qui\s+sommes[-\s]nous|[àa]\s+propos|l['’]entreprise|about\s+us|who\s+we\s+are|we\s+offer|perks|benefits|what\s+we\s+offer|package|contrat|lieu|localisation|location|horaires|role|poste|intitul[ée]|job\s+title|title|contract|salary|compensation|schedule|hours)\b/u;

// Lines about the company, the conditions or the title, not about the candidate.
const COMPANY =
  /^(?:notre\s+(?:groupe|soci[ée]t[ée]|cabinet|entreprise|agence|[ée]quipe|client)|nous\s+sommes|nous\s+accompagnons|qui\s+sommes|about\s+us|we\s+are\s+(?:a|an|the)\b|our\s+(?:company|platform|client|team|group)|(?:cabinet|[ée]diteur|groupe|soci[ée]t[ée]|plateforme|restaurant|h[ôo]tel|boulangerie|brasserie|entreprise|association|ehpad|pme|start-?up)\b[^:]*\b(?:implant[ée]|fond[ée]|depuis\s+\d{4}|leader|sp[ée]cialis[ée]|cherche|recherche|recrute|de\s+\d+\s+(?:personnes|salari[ée]s|collaborateurs)))/u;
export const BENEFITS =
  /\b(?:tickets?[-\s]restaurants?|titres?[-\s]restaurants?|carte\s+(?:swile|d[ée]jeuner)|mutuelle|pr[ée]voyance|13e\s+mois|prime|int[ée]ressement|participation|ch[èe]ques?[-\s]vacances|\bce\b|cse|cnas|rifseep|v[ée]hicule\s+de\s+(?:fonction|service)|t[ée]l[ée]travail|rtt|restaurant\s+d['’]entreprise|cr[èe]che|logement|parking|pourboires|indemnit[ée]s?\s+kilom[ée]triques|repas\s+(?:fournis|pris)|panier|d[ée]couch[ée]s|indemnis[ée]s?|salaire|r[ée]mun[ée]ration|\d+\s*k?€|budget\s+formation|meal\s+vouchers?|stock\s+options|equity|pension|healthcare|holiday|days\s+off|discount|overtime|relocation|gym|offsite|learning\s+budget|nursery|cycle\s+to\s+work|bonus)\b/u;
const CONDITIONS =
  /^(?:(?:poste|travail|horaires?)\s+(?:en|de)\s+(?:\d|journ|nuit|2x8|3x8)|horaires|cdi|cdd|contrat|temps\s+(?:plein|partiel)|deux\s+jours\s+de\s+repos|full[-\s]time|hybrid|remote)\b/u;
const TITLE =
  /\b(?:recrute|recrutons|recherchons|recherche|cherche|(?:is|are|we['’]re)\s+hiring|we\s+are\s+looking\s+for|on\s+embauche|nous\s+renfor[cç]ons|renforce)\b|\(h\/f\)|\bh\/f\b/u;
const DEMAND_WORDS =
  /\b(?:vous\s+(?:avez|[êe]tes|ma[îi]trisez|connaissez|savez|justifiez|parlez|poss[ée]dez|disposez|assurez|g[ée]rez|encadrez|r[ée]alisez|accompagnez|menez|pilotez|n[ée]gociez|conseillez|lisez|concevez|pr[ée]parez|d[ée]veloppez|veillez|participez|r[ée]digez|travaillez)|ma[îi]trise|connaissance|exig[ée]e?s?|requis|souhait[ée]e?s?|appr[ée]ci[ée]e?s?|indispensable|obligatoire|un\s+plus|est\s+un\s+plus|titulaire|dipl[ôo]m[ée]|exp[ée]rience|experience|you\s+(?:have|are|will|must|know|speak|care|bring|need)|you['’](?:ll|d)\s+(?:need|bring|have|be)|you\s+(?:will|would)\s+(?:need|bring)|tu\s+(?:as|es|ma[îi]trises|connais|sais)|must|required|need(?:ed)?|essential|desirable|knowledge|strong|fluent|ability)\b/u;

function wholeMatch(re: RegExp, head: string): boolean {
  const m = re.exec(head);
  if (!m) return false;
  const rest = head
    .slice(m[0].length)
    .replace(/[\s:!?.…]+$/u, "")
    .trim();
  return rest.split(/\s+/u).filter(Boolean).length <= 1;
}

function headingOf(line: string): { part: Part; rest: string; restStart: number } | null {
  const folded = fold(line).trimStart();
  const lead = line.length - line.trimStart().length;
  const bullet = /^[-•*·–]\s*/u.exec(folded)?.[0].length ?? 0;
  const body = folded.slice(bullet);
  const colon = body.indexOf(":");
  const head = colon >= 0 && colon <= 40 ? body.slice(0, colon).trim() : body.trim();
  const isShortLine = colon < 0 && head.length <= 40 && !/[.,;]/u.test(head);
  if (colon < 0 && !isShortLine) return null;
  // A short line is a heading only when it is nothing but one: "Expérience" is, "Experience in credit risk"
  // is a demand.
  const whole = (re: RegExp) => (colon >= 0 ? re.test(head) : wholeMatch(re, head));
  const part = whole(DEMAND_HEADINGS) ? "demand" : whole(OTHER_HEADINGS) ? "other" : null;
  if (!part) return null;
  const restStart = colon >= 0 ? lead + bullet + colon + 1 : line.length;
  return { part, rest: line.slice(restStart), restStart };
}

// A line of work named by its actions, the way ads list missions without a verb: "Installation et
// dépannage de chaudières", "Soudure de pièces inox", "Tenue et révision de dossiers". The mark is French
// morphology (a noun made from a verb: -tion, -ment, -age, -ure…) heading the line, not a list of trades.
const ACTION_NOUN =
  /^(?:\p{L}+(?:tion|sion|ment|age|ure|ance|ence)s?|tenue|prise|mise|pose|conduite|saisie|vente|relance|veille|gestion)$/u;
const NOT_ACTION =
  /^(?:avantages?|salaires?|r[ée]mun[ée]rations?|localisation|situation|cr[ée]ation|entreprise|structure|culture|ambiance|agence|pr[ée]sence|sant[ée])$/u;

function namesActions(folded: string): boolean {
  const words = folded.split(/[\s,/]+/u).filter((w) => w.length > 0);
  const first = words[0] ?? "";
  const lead = first === "et" ? (words[1] ?? "") : first;
  if (NOT_ACTION.test(lead)) return false;
  if (ACTION_NOUN.test(lead))
    return /^\S+\s+(?:et\s+\S+\s+)?(?:\/\s*\S+\s+)?(?:de|des|du|d'|et|en)\b|^\S+\s+\p{L}/u.test(folded);
  return false;
}

// Where a title sentence turns to the work: "pour la fabrication de…", ", CAP boulanger exigé, …".
const WORK_IN_TITLE =
  /(?:\bpour\s+(?:la\s+|le\s+|les\s+|l')?|\bfor\s+(?:the\s+)?|(?:\(?h\/f\)?|\(?f\/h\)?)\s*,\s*)(\p{L}+(?:tion|sion|ment|age|ure|ance|ence)s?\b|[a-z]{2,}\b[^,]*\b(?:exig|requis|obligatoire|indispensable))/u;

/** What a sentence without a heading talks about. */
function partOf(folded: string, current: Part | null): { part: Part; marked: boolean } {
  const s = folded.replace(/^[-•*·–\s]+/u, "");
  if (BENEFITS.test(s) && !DEMAND_WORDS.test(s)) return { part: "other", marked: false };
  if (COMPANY.test(s) || CONDITIONS.test(s)) return { part: "other", marked: false };
  if (current === "other") return { part: "other", marked: false };
  if (current === "demand") return { part: "demand", marked: true };
  if (TITLE.test(s) && !DEMAND_WORDS.test(s)) return { part: "other", marked: false };
  return { part: DEMAND_WORDS.test(s) || namesActions(s) ? "demand" : "neutral", marked: false };
}

// A full stop ends a sentence only before a space: "Vue.js", "cat. 3" and "17.5" stay whole.
const SENTENCE = /(?:[^.!?\n]|[.!?](?!\s|$))+(?:[.!?]|$)/gu;

/**
 * The ad cut into sentences, each marked as a demand or not. A heading's part holds for the following
 * lines until the next heading or a blank line.
 */
export function readJob(job: string): Clause[] {
  const out: Clause[] = [];
  let current: Part | null = null;
  let offset = 0;
  let seenTitle = false;
  for (const line of job.split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.trim().length === 0) {
      current = null;
      continue;
    }
    const heading = headingOf(line);
    let body = line;
    let bodyStart = lineStart;
    if (heading) {
      // "Poste : …", "Role: …" name the job on their own line; they do not open a part.
      if (!/^(?:[-•*·–]\s*)?(?:role|poste|intitul|job\s+title|title)/u.test(fold(line).trimStart()))
        current = heading.part;
      body = heading.rest;
      bodyStart = lineStart + heading.restStart;
    }
    let first = true;
    const title = !seenTitle;
    seenTitle = true;
    for (const m of body.matchAll(SENTENCE)) {
      const lead = /^[\s\-•*·–]*/u.exec(m[0])?.[0].length ?? 0;
      let text = m[0].slice(lead).trim();
      if (text.length < 2) continue;
      let start = bodyStart + m.index + lead;
      // "… 4 ans. Outils : ACD ou Quadra." — a heading inside a line rules its own sentence only.
      const inner = first && heading ? null : headingOf(text);
      if (inner && inner.rest.trim().length > 1 && text.includes(":")) {
        const restLead = inner.rest.length - inner.rest.trimStart().length;
        start += inner.restStart + restLead;
        text = inner.rest.trim();
        out.push({ text, start, part: inner.part, marked: true, afterHeading: true, title: false });
        first = false;
        continue;
      }
      // The ad's first sentence names the job (its demands are read by titleItems), unless a heading opens it.
      // A first line that reads as a demand ("Vous maîtrisez la paie.") is one, unless it carries a
      // title's marks: "(H/F)", a dash or a bar between its parts.
      const isTitle =
        title &&
        first &&
        heading === null &&
        (/\(?\b[hf]\/[hf]\b\)?|\s[—–|]\s|\s-\s/iu.test(text) || !DEMAND_WORDS.test(fold(text)));
      const { part, marked } = heading
        ? { part: heading.part, marked: true }
        : isTitle
          ? { part: "other" as const, marked: false }
          : partOf(fold(text), current);
      out.push({ text, start, part, marked, afterHeading: first && heading !== null, title: isTitle });
      // "On cherche un boulanger pour la fabrication du pain au levain…", "…cherche boulanger H/F, CAP
      // boulanger exigé, fabrication des pains": past the job's name, a title sentence may state the work.
      if (part === "other" && (isTitle || TITLE.test(fold(text)))) {
        const work = WORK_IN_TITLE.exec(fold(text));
        if (work) {
          const at = work.index + work[0].length - (work[1]?.length ?? 0);
          out.push({
            text: text.slice(at),
            start: start + at,
            part: "demand",
            marked: false,
            afterHeading: false,
            title: false,
          });
        }
      }
      first = false;
    }
  }
  return out;
}
