// The hallucination guard's phrases in a finding's "why": that guard still writes them in French, as phrases
// rather than reason codes (core/reasons.ts); server/i18n/explanations.ts rewrites them on an English page.
// Each entry is a phrase with {x}/{y} holes. The other guards' reasons are codes (areas/reasons.ts).
export const fr = {
  "explain.absentFromSources": "« {x} » absent des sources",
  "explain.notFoundInSources": "« {x} » introuvable dans les sources",
  "explain.contradicts": "« {x} » contredit « {y} » dans les sources",
  "explain.lowSupport": "affirmation peu appuyée par les sources",
} as const;

export const en: Record<keyof typeof fr, string> = {
  "explain.absentFromSources": "« {x} » not in the sources",
  "explain.notFoundInSources": "« {x} » not found in the sources",
  "explain.contradicts": "« {x} » contradicts « {y} » in the sources",
  "explain.lowSupport": "claim poorly supported by the sources",
};
