// Scores one released (or pending) ad against its case: the title, the sections and where each fact sits,
// the shape of every line (agents/writing/shape.ts), what the brief did not give, what the law forbids, and
// whether the caller was told what its brief asked for that the law forbids.

import { adDefects, type ShapeDefect } from "../../agents/writing/shape.js";
import type { Criterion } from "../../core/contract.js";
import { folded, holds, numbersIn } from "./match.js";
import { AD_SECTIONS, type AdCase, type AdSection } from "./writer-cases.js";

/** The headings a writer may use for each section (an ad from a model may word them its own way). */
const HEADINGS: Record<AdSection, RegExp> = {
  entreprise:
    /^(?:#+\s*)?(?:l['’]entreprise|l['’]employeur|la structure|qui sommes-nous|à propos|notre entreprise|présentation)\s*:?$/iu,
  missions: /^(?:#+\s*)?(?:vos missions|missions|le poste|vos responsabilités|ce que vous ferez)\s*:?$/iu,
  profil: /^(?:#+\s*)?(?:votre profil|profil|profil recherché)\s*:?$/iu,
  conditions:
    /^(?:#+\s*)?(?:conditions|ce que nous offrons|nous offrons|rémunération et avantages|informations pratiques|conditions de travail)\s*:?$/iu,
};

export interface ParsedAd {
  title: string;
  sections: Partial<Record<AdSection, string[]>>;
  order: AdSection[];
  headings: string[];
}

export function parseAd(text: string): ParsedAd {
  const lines = text.split("\n").map((l) => l.trim());
  const title = lines.find((l) => l.length > 0) ?? "";
  const sections: Partial<Record<AdSection, string[]>> = {};
  const order: AdSection[] = [];
  const headings: string[] = [];
  let current: AdSection | undefined;
  for (const line of lines.slice(lines.indexOf(title) + 1)) {
    const heading = AD_SECTIONS.find((s) => HEADINGS[s].test(line));
    if (heading) {
      current = heading;
      headings.push(line);
      if (!order.includes(heading)) order.push(heading);
      sections[heading] ??= [];
      continue;
    }
    if (current && line.length > 0) sections[current]?.push(line);
  }
  return { title, sections, order, headings };
}

export interface AdScore {
  id: string;
  split: AdCase["split"];
  status: string;
  title: string;
  titleExact: boolean;
  titleGeneric: boolean;
  /** Expected sections present and non-empty / expected sections. */
  sectionsPresent: number;
  sectionsExpected: number;
  sectionsInOrder: boolean;
  factsFound: number;
  factsPlaced: number;
  factsExpected: number;
  misplaced: string[];
  missing: string[];
  defects: ShapeDefect[];
  /** Figures in the ad that the brief does not give, and forbidden or invented terms that appear. */
  invented: string[];
  leaked: string[];
  briefCriteriaExpected: number;
  briefCriteriaReported: number;
}

const CLOSING = /^toutes les candidatures|^contenu généré/iu;

export function scoreAd(
  c: AdCase,
  result: { status: string; text: string; briefCriteria: Criterion[] },
): AdScore {
  const ad = parseAd(result.text);
  const expected = [result.text.length > 0 ? c.expect.title : "", ...c.expect.titleAlternatives];
  const title = ad.title.replace(/\s+/gu, " ").trim();
  const present = (Object.keys(c.expect.sections) as AdSection[]).filter(
    (s) => (ad.sections[s] ?? []).length > 0,
  );
  const misplaced: string[] = [];
  const missing: string[] = [];
  let found = 0;
  let placed = 0;
  let total = 0;
  for (const [section, facts] of Object.entries(c.expect.sections) as Array<[AdSection, string[]]>) {
    for (const fact of facts) {
      total++;
      if (!holds(result.text, fact)) {
        missing.push(fact);
        continue;
      }
      found++;
      if ((ad.sections[section] ?? []).some((line) => holds(line, fact))) placed++;
      else misplaced.push(`${fact} → ${section}`);
    }
  }
  const body = result.text
    .split("\n")
    .slice(1)
    .filter((l) => !CLOSING.test(l.trim()))
    .join("\n");
  const briefNumbers = new Set(numbersIn(c.brief));
  const invented = numbersIn(body).filter((n) => !briefNumbers.has(n));
  const order = ad.order.filter((s) => c.expect.sections[s] !== undefined);
  const reported = new Set(result.briefCriteria);
  return {
    id: c.id,
    split: c.split,
    status: result.status,
    title,
    titleExact: expected.some((t) => t.length > 0 && folded(t) === folded(title)),
    titleGeneric: /offre d['’]emploi/iu.test(title),
    sectionsPresent: present.length,
    sectionsExpected: Object.keys(c.expect.sections).length,
    sectionsInOrder: order.every(
      (s, i) => i === 0 || AD_SECTIONS.indexOf(order[i - 1] as AdSection) < AD_SECTIONS.indexOf(s),
    ),
    factsFound: found,
    factsPlaced: placed,
    factsExpected: total,
    misplaced,
    missing,
    defects: result.text ? adDefects(result.text, ad.headings) : [],
    invented,
    leaked: c.expect.absent.filter((a) => holds(result.text, a)),
    briefCriteriaExpected: c.expect.briefCriteria.length,
    briefCriteriaReported: c.expect.briefCriteria.filter((k) => reported.has(k)).length,
  };
}
