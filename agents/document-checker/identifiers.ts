// Finds SIRET, NIR and IBAN numbers and checks their keys with the shared validators. A number with the
// right shape and a wrong key is reported only where the document labels it (or it is an IBAN, whose
// shape alone is unmistakable): a random run of digits is not an invalid SIRET.
import { isValidIban, isValidNir, isValidSiret } from "../../core/recognizers/pii/validators.js";
import { maskIban, maskNir } from "./privacy.js";
import type { CheckedIdentifier, IdentifierKind } from "./types.js";

interface IdentifierRule {
  kind: IdentifierKind;
  pattern: RegExp;
  label: RegExp;
  validate(value: string): boolean;
  display(value: string): string;
}

const RULES: IdentifierRule[] = [
  {
    kind: "iban",
    pattern: /(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Z0-9])/gu,
    label: /(?:)/u,
    validate: isValidIban,
    display: maskIban,
  },
  {
    kind: "nir",
    pattern: /(?<![\dA-Z])[1-478] ?\d{2} ?\d{2} ?(?:\d{2}|2A|2B) ?\d{3} ?\d{3} ?\d{2}(?![\dA-Z])/gu,
    label: /(?:sécurité\s+sociale|\bNIR\b|\bN°\s*SS\b|\bn°\s*d['’]\s*assuré|\bINSEE\b)/iu,
    validate: isValidNir,
    display: maskNir,
  },
  {
    kind: "siret",
    pattern: /(?<!\d)\d{3} ?\d{3} ?\d{3} ?\d{5}(?!\d)/gu,
    label: /\bSIRET\b/iu,
    validate: isValidSiret,
    display: (value) => value,
  },
];

/** How far before a number its label may sit ("N° de sécurité sociale : "). */
const LABEL_WINDOW = 40;

export function findIdentifiers(text: string): CheckedIdentifier[] {
  const found: CheckedIdentifier[] = [];
  const overlaps = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const valid = rule.validate(m[0]);
      const labelled = rule.label.test(text.slice(Math.max(0, start - LABEL_WINDOW), start));
      if (!valid && !labelled) continue;
      found.push({ kind: rule.kind, valid, display: rule.display(m[0]), start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
