// Which rule a finding names, by use and criterion, and the detector's default severity for it. The
// engine replaces severity, legal basis and suggestion with the policy of the run's jurisdiction; these
// defaults (the French catalogue) only matter when the detector is called on its own.
import type { Criterion, Severity } from "../../core/contract.js";

export const AD_BY_CRITERION: Record<Criterion, string> = {
  origin: "AD-07",
  sex: "AD-02",
  morals: "AD-01",
  sexual_orientation: "AD-19",
  gender_identity: "AD-19",
  age: "AD-04",
  family_situation: "AD-03",
  pregnancy: "AD-19",
  genetic_characteristics: "AD-14",
  economic_vulnerability: "AD-18",
  political_opinions: "AD-16",
  union_activity: "AD-16",
  elected_office: "AD-16",
  religion: "AD-15",
  physical_appearance: "AD-12",
  surname: "AD-18",
  residence: "AD-17",
  bank_domiciliation: "AD-18",
  health: "AD-14",
  loss_of_autonomy: "AD-14",
  disability: "AD-14",
  language: "AD-10",
  whistleblower: "AD-19",
  personal_data: "AD-22",
};

export const IQ_BY_CRITERION: Record<Criterion, string> = {
  origin: "IQ-03",
  sex: "IQ-08",
  morals: "IQ-08",
  sexual_orientation: "IQ-08",
  gender_identity: "IQ-08",
  age: "IQ-07",
  family_situation: "IQ-01",
  pregnancy: "IQ-02",
  genetic_characteristics: "IQ-06",
  economic_vulnerability: "IQ-11",
  political_opinions: "IQ-09",
  union_activity: "IQ-09",
  elected_office: "IQ-09",
  religion: "IQ-05",
  physical_appearance: "IQ-10",
  surname: "IQ-03",
  residence: "IQ-13",
  bank_domiciliation: "IQ-11",
  health: "IQ-06",
  loss_of_autonomy: "IQ-06",
  disability: "IQ-06",
  language: "IQ-12",
  whistleblower: "IQ-09",
  personal_data: "IQ-11",
};

const REVIEW = new Set(["AD-04b", "AD-05", "AD-10", "AD-24", "IQ-13", "SC-02", "SC-03", "SC-05"]);
const WARN = new Set(["AD-23", "AD-02b", "AD-06", "AD-12b", "AD-17b", "SC-15"]);

export function defaultSeverity(rule: string): Severity {
  if (WARN.has(rule)) return "warn";
  if (REVIEW.has(rule)) return "review";
  return "block";
}

/** Every rule id the discrimination detector can emit (the registry test checks each is in a pack). */
export const DISCRIMINATION_RULES = [
  ...new Set([
    ...Object.values(AD_BY_CRITERION),
    ...Object.values(IQ_BY_CRITERION),
    "AD-02b",
    "AD-04b",
    "AD-05",
    "AD-06",
    "AD-08",
    "AD-09",
    "AD-11",
    "AD-12b",
    "AD-17b",
    "AD-23",
    "AD-24",
    "SC-01",
    "SC-02",
    "SC-03",
    "SC-05",
    "SC-06",
    "SC-08",
    "SC-13",
    "SC-14",
    "SC-15",
  ]),
];
