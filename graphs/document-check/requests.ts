// What a document asks of its reader: the lines of a form or questionnaire with a blank to fill, boxes to
// tick, "oui / non" or a question. A form that asks for a protected criterion ("Origine ethnique : ____",
// "Êtes-vous en situation de handicap ? oui / non") must not go out as checked, so these lines go to the
// guards as a text of their own; the extracted fields alone never show what the form asks.
const ASKS =
  /(?::|\?)\s*(?:[._…]{3,}|_{2,}|\[ ?\]|[☐□❑])|[☐□❑]|\b(?:oui|yes)\s*\/\s*(?:non|no)\b|\?\s*$|^\s*(?:merci de (?:compl[eé]ter|renseigner|remplir|pr[ée]ciser|indiquer)|à (?:remplir|compléter) par le candidat)/iu;

/** The lines of `text` that ask the reader something, joined by newlines ("" when none). */
export function formRequests(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => ASKS.test(line))
    .join("\n");
}
