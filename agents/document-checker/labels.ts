// Reads "label → value" pairs from the way forms, payslips and identity documents lay them out once they are
// text: "Label : value", "Label | value" (a table flattened with pipes), "Label      value" (columns run
// together, two spaces or more between cells), the value on the line under a label that stands alone
// ("NOM / Surname" then "LEFEBVRE"), and an amount at the end of its row ("Total brut 1 956,25",
// "Net à payer avant impôt sur le revenu 1 524,48"). A label is recognised on an accent-free, lower-case
// copy of the text of the same length, so offsets stay those of the document.
import { DATE_SOURCE } from "./dates.js";
import type { DocumentType, FieldName } from "./types.js";

export type ValueShape = "text" | "name" | "date" | "amount" | "period";

interface LabelRule {
  /** For "period", the two fields (start, end); otherwise one. */
  fields: FieldName[];
  /** Accent-free lower-case label(s), a regex source without groups. */
  label: string;
  shape: ValueShape;
}

/** A value read after its label, verbatim, with its offsets in the document. */
export interface LabelledValue {
  field: FieldName;
  value: string;
  start: number;
  end: number;
}

const PERSON_LABELS: LabelRule = {
  fields: ["full_name"],
  label:
    "(?:nom (?:et prenoms? )?du (?:salariee?|titulaire)|nom et prenoms?|salariee?|employee(?: name)?|titulaire(?: du compte| du contrat| de l'abonnement| de la ligne)?|account holder|client|candidate?|beneficiaire)",
  shape: "name",
};
const EMPLOYER_LABELS: LabelRule = {
  fields: ["employer"],
  label: "(?:employeur|employer|societe|entreprise|raison sociale|company(?: name)?|etablissement employeur)",
  shape: "text",
};
const JOB_LABELS: LabelRule = {
  fields: ["job_title"],
  label:
    "(?:emploi(?: occupe)?|poste(?: occupe)?|fonction|qualification|intitule du poste|job title|position)",
  shape: "text",
};
const START_LABELS: LabelRule = {
  fields: ["start_date"],
  label:
    "(?:date d'entree|date d'embauche|date de debut(?: du contrat)?|date de prise de poste|start date|hire date|entree)",
  shape: "date",
};
const END_LABELS: LabelRule = {
  fields: ["end_date"],
  label: "(?:date de sortie|date de fin(?: du contrat)?|date de depart|end date|sortie)",
  shape: "date",
};
const CONTRACT_LABELS: LabelRule = {
  fields: ["contract_type"],
  label: "(?:type de contrat|nature du contrat|contract type)",
  shape: "text",
};
const PERIOD_LABELS: LabelRule = {
  fields: ["period_start", "period_end"],
  label: "(?:periode(?: de paie)?|pay period|period)",
  shape: "period",
};
// The net paid before income tax is the pay a recruiter compares; "net payé" (after tax) only when alone.
const PAY_LABELS: LabelRule[] = [
  {
    fields: ["gross_pay"],
    label: "(?:salaire brut|total brut|brut(?: mensuel| total)?|gross(?: pay| salary)?|remuneration brute)",
    shape: "amount",
  },
  { fields: ["net_pay"], label: "(?:net a payer|net pay|net salary|take-home pay)", shape: "amount" },
  { fields: ["net_pay"], label: "(?:net paye)", shape: "amount" },
];
const IDENTITY_LABELS: LabelRule[] = [
  {
    fields: ["last_name"],
    label: "(?:nom(?: de naissance| de famille| d'usage)?|surname|last name|family name)",
    shape: "text",
  },
  { fields: ["first_name"], label: "(?:prenoms?(?:\\(s\\))?|given names?|first names?)", shape: "text" },
  {
    fields: ["document_number"],
    label:
      "(?:n° du document|numero du document|document no\\.?|passport no\\.?|passeport n°|numero du passeport|n° du passeport|n° de (?:la carte|titre))",
    shape: "text",
  },
  {
    fields: ["issue_date"],
    label: "(?:date de delivrance|delivree? le|date of issue|issued on|date d'emission)",
    shape: "date",
  },
  {
    fields: ["expiry_date"],
    label:
      "(?:date d'expiration|expiry date|date of expiry|fin de validite|valable jusqu'au|expire le|expires on)",
    shape: "date",
  },
];

const EMPLOYMENT = [PERSON_LABELS, EMPLOYER_LABELS, JOB_LABELS, START_LABELS, END_LABELS, CONTRACT_LABELS];

const LABELS: Record<DocumentType, LabelRule[]> = {
  bulletin_de_salaire: [PERSON_LABELS, EMPLOYER_LABELS, JOB_LABELS, PERIOD_LABELS, ...PAY_LABELS],
  attestation_employeur: EMPLOYMENT,
  certificat_de_travail: EMPLOYMENT,
  contrat_de_travail: EMPLOYMENT,
  piece_identite: IDENTITY_LABELS,
  titre_de_sejour: IDENTITY_LABELS,
  diplome: [],
  justificatif_domicile: [PERSON_LABELS],
  rib: [PERSON_LABELS],
  other: [],
};

/** Same length as `text`: each UTF-16 unit replaced by its base letter in lower case. */
function plain(text: string): string {
  let out = "";
  for (const unit of text.split("")) {
    const base = (unit.normalize("NFD")[0] ?? unit).toLowerCase();
    out += base.length === 1 ? base.replace("’", "'") : unit;
  }
  return out;
}

interface Cell {
  start: number;
  end: number;
}

// A cell ends at a pipe, a tab, or a run of two spaces or more.
const CELL_BREAK = /\s*\|\s*|\t+\s*|\s{2,}/gu;

function cellsOf(text: string, lineStart: number, lineEnd: number): Cell[] {
  const line = text.slice(lineStart, lineEnd);
  const cells: Cell[] = [];
  let from = 0;
  for (const m of line.matchAll(CELL_BREAK)) {
    if (m.index > from) cells.push({ start: lineStart + from, end: lineStart + m.index });
    from = m.index + m[0].length;
  }
  if (from < line.length) cells.push({ start: lineStart + from, end: lineStart + line.length });
  return cells;
}

const AMOUNT = /(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f.,]\d{3})*(?:[,.]\d{2})?(?![\d%])/gu;
const DATE = new RegExp(DATE_SOURCE, "u");
const PERIOD = new RegExp(
  `(?:du\\s+|from\\s+)?(${DATE_SOURCE})\\s*(?:au|à|a|-|–|to|until)\\s*(${DATE_SOURCE})`,
  "du",
);
const CIVILITY =
  /^(?:(?:M\.|Mr\.?|Mrs\.?|Ms\.?|Miss|Mme|Mlle|Monsieur|Madame|Mademoiselle|Dr\.?)\s+(?:(?:et|ou|and)\s+)?)+/u;

function trimSpan(text: string, start: number, end: number): Cell {
  let s = start;
  let e = end;
  while (s < e && /[\s:"«»]/u.test(text[s] ?? "")) s++;
  while (e > s && /[\s.,;:"«»]/u.test(text[e - 1] ?? "")) e--;
  return { start: s, end: e };
}

/** The value of one shape found in [start, end) of the text, or null. */
function valueIn(text: string, span: Cell, rule: LabelRule): LabelledValue[] | null {
  const slice = text.slice(span.start, span.end);
  const [first, second] = rule.fields;
  if (!first) return null;
  if (rule.shape === "date") {
    const m = DATE.exec(slice);
    return m
      ? [{ field: first, value: m[0], start: span.start + m.index, end: span.start + m.index + m[0].length }]
      : null;
  }
  if (rule.shape === "period") {
    const m = PERIOD.exec(slice);
    const a = m?.indices?.[1];
    const b = m?.indices?.[2];
    if (!m || !a || !b || !second) return null;
    return [
      { field: first, value: slice.slice(a[0], a[1]), start: span.start + a[0], end: span.start + a[1] },
      { field: second, value: slice.slice(b[0], b[1]), start: span.start + b[0], end: span.start + b[1] },
    ];
  }
  if (rule.shape === "amount") {
    // The amount column is the row's last: "Salaire de base 151,67 12,10 1 835,21".
    const all = [...slice.matchAll(AMOUNT)].filter((m) => /\d[,.]\d{2}$|\d{4,}|\d \d{3}$/u.test(m[0]));
    const m = all.at(-1);
    return m
      ? [{ field: first, value: m[0], start: span.start + m.index, end: span.start + m.index + m[0].length }]
      : null;
  }
  let { start, end } = trimSpan(text, span.start, span.end);
  if (rule.shape === "name") {
    const civility = CIVILITY.exec(text.slice(start, end));
    if (civility) start += civility[0].length;
    if (!/^\p{Lu}/u.test(text.slice(start, end))) return null;
  }
  ({ start, end } = trimSpan(text, start, end));
  if (end <= start) return null;
  return [{ field: first, value: text.slice(start, end), start, end }];
}

/**
 * Every labelled value of a document of this type, the first per field. A label is a whole cell ("Emploi"),
 * or a cell's start followed by ":" ("Emploi : Cariste"), by "n°", or, for an amount, by the amount.
 */
export function readLabelled(text: string, type: DocumentType): LabelledValue[] {
  const rules = LABELS[type];
  if (rules.length === 0) return [];
  const flat = plain(text);
  const lines: Cell[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    lines.push({ start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  const found = new Map<FieldName, LabelledValue>();
  lines.forEach((line, lineIndex) => {
    const cells = cellsOf(text, line.start, line.end);
    cells.forEach((cell, cellIndex) => {
      const cellText = flat.slice(cell.start, cell.end);
      for (const rule of rules) {
        if (rule.fields.every((f) => found.has(f))) continue;
        const head = new RegExp(`^${rule.label}(?:\\s*/\\s*[a-z' .]{2,30})?\\s*(:|$|(?=\\s+\\S))`, "u").exec(
          cellText,
        );
        if (!head) continue;
        // "Passeport n° 21FD48273": a numbered label takes the value after it without a colon.
        const colon = head[1] === ":" || /(?:n°|no\.?)$/u.test(head[0].trimEnd());
        const rest: Cell = { start: cell.start + head[0].length, end: cell.end };
        // A label followed by words that are neither ":" nor a value ("Contrat de travail") is not a label,
        // except before an amount at the row's end.
        const sameCell =
          rest.end > rest.start &&
          (colon || rule.shape === "amount" || rule.shape === "date" || rule.shape === "period");
        let values = sameCell
          ? valueIn(text, rule.shape === "amount" ? { start: rest.start, end: line.end } : rest, rule)
          : null;
        if (!values && !sameCell && rest.end > rest.start && !colon) continue;
        const next = cells[cellIndex + 1];
        if (!values && next)
          values = valueIn(text, rule.shape === "amount" ? { start: next.start, end: line.end } : next, rule);
        const below = lines.slice(lineIndex + 1).find((l) => text.slice(l.start, l.end).trim() !== "");
        // The line under a label only when the label is the whole line ("EMPLOYEUR" then its value), not
        // the end of a title ("ATTESTATION  EMPLOYEUR").
        if (!values && cells.length === 1 && below)
          values = valueIn(text, trimSpan(text, below.start, below.end), rule);
        for (const v of values ?? []) if (!found.has(v.field)) found.set(v.field, v);
      }
    });
  });
  return [...found.values()];
}
