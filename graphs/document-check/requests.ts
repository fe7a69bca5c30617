// What a document asks of its reader: the lines of a form or questionnaire with a blank to fill, boxes to
// tick, "oui / non", a question, an instruction ("indiquez votre…", "Please indicate your…"), or a list of
// what the application must contain ("Dossier de candidature : nom, photo, religion…"). A form that asks for
// a protected criterion must not go out as checked, so these asks go to the guards as a text of their own;
// the extracted fields alone never show what the form asks. Each item of a list, and each label left
// empty ("Nationalité :"), is given to the guards as the form field it is ("Nationalité : ____"), which is
// how the discrimination guard recognises a form asking the candidate (its `FORM_FIELD` frame).
const ASKS =
  /(?::|\?)\s*(?:[._…]{3,}|_{2,}|\[ ?\]|[☐□❑])|[☐□❑]|\b(?:oui|yes)\s*\/\s*(?:non|no)\b|\?\s*$|^\s*(?:merci de (?:compl[eé]ter|renseigner|remplir|pr[ée]ciser|indiquer)|à (?:remplir|compléter) par le candidat)/iu;

// An instruction to the reader to give something about themselves.
const INSTRUCTION =
  /\b(?:indiquez|pr[ée]cisez|renseignez|cochez|joignez|fournissez|veuillez (?:indiquer|pr[ée]ciser|renseigner|joindre|fournir|cocher)|please (?:indicate|state|specify|provide|select|tick|enter|list))\b/iu;

// A list of what the reader must supply: "Dossier de candidature : …", "Pièces à fournir : …",
// "Votre dossier doit comprendre : …", "Documents required: …".
const LIST_HEAD =
  /(?:dossier de candidature|pi[èe]ces? (?:à|a) (?:fournir|joindre)|documents? (?:à|a) (?:fournir|joindre)|informations? demand[ée]es?|doit (?:comprendre|contenir|comporter)|(?:à|a) fournir|documents? required|please (?:provide|supply|attach))[^:\n]{0,40}:/iu;

// A label left empty at the end of its line, in a form: "Date de naissance :".
const EMPTY_LABEL = /^\s*([^:\n]{2,80}?)\s*:\s*$/u;

const BLANK = " : ____";

/** The items of a list ask, each as a form field; the list runs to its sentence's end or a blank line. */
function listItems(text: string): string[] {
  const items: string[] = [];
  for (const head of text.matchAll(new RegExp(LIST_HEAD.source, "giu"))) {
    const from = head.index + head[0].length;
    const rest = text.slice(from);
    const stop = /\.(?:\s|$)|\n\s*\n/u.exec(rest);
    const list = rest.slice(0, stop ? stop.index : rest.length).replace(/\s*\n\s*/gu, " ");
    for (const item of list.split(/\s*[,;]\s*|\s+(?:et|and)\s+/u))
      if (item.trim().length > 1) items.push(`${item.trim()}${BLANK}`);
  }
  return items;
}

/** What `text` asks the reader, one ask a line ("" when none). */
export function formRequests(text: string): string {
  const lines = text.split(/\r?\n/);
  const listed = listItems(text);
  const asked = lines.flatMap((line): string[] => {
    if (LIST_HEAD.test(line)) return [];
    if (ASKS.test(line) || INSTRUCTION.test(line)) return [line];
    const empty = EMPTY_LABEL.exec(line);
    // Only in a document that is a form (other labels are empty too): a letter's "Objet :" is not a blank.
    return empty?.[1] && lines.filter((l) => EMPTY_LABEL.test(l)).length >= 2 ? [`${empty[1]}${BLANK}`] : [];
  });
  return [...asked, ...listed].join("\n");
}
