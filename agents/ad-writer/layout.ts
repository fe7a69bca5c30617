// How an ad reads, whoever wrote its lines: the title, then the employer as prose, the missions, the profile
// and the conditions as bullets, under the same headings, then one closing line. A section with nothing in
// it is left out rather than published empty.
import { AD_SECTION_IDS, type AdSectionId, HEADING_OF } from "./sections.js";

export const CLOSING =
  "Toutes les candidatures sont étudiées sur la base des compétences et de l'expérience, sans autre critère.";

export function layoutAd(title: string, sections: Record<AdSectionId, string[]>): string {
  const body = AD_SECTION_IDS.filter((s) => sections[s].length > 0).map((s) => {
    const lines = sections[s];
    return `${HEADING_OF[s]}\n${(s === "entreprise" ? lines : lines.map((l) => `- ${l}`)).join("\n")}`;
  });
  return [title, ...body, CLOSING].join("\n\n");
}
