// French marks the sex of the person in job titles and in the adjectives a CV uses about them
// ("développeuse", "diplômée", "rigoureuse"). The scorer reads the unmarked (grammatically masculine) form,
// so that the same CV written in either gender reads the same. Job-title pairs come from ROME and ESCO
// (agents/referentials/feminine-forms.json); person adjectives and pronouns are listed here.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { fromRoot } from "../../core/paths.js";

const FormsFile = z.object({ version: z.literal(1), forms: z.record(z.string(), z.string()) });

// Words the referentials pair with a masculine title but that a CV uses as ordinary nouns or adjectives.
const NOT_PERSON = new Set([
  "carrière",
  "générale",
  "glacière",
  "cafetière",
  "litière",
  "marinière",
  "meunière",
  "forestière",
  "hôtelière",
  "betteravière",
  "céréalière",
  "jardinière",
  "chaudière",
  "gouvernante",
  "figurante",
  "écoutante",
  "principale",
  "professionnelle",
  "sociale",
  "laïque",
  "sensitive",
]);

const PERSON_WORDS: Record<string, string> = {
  elle: "il",
  elles: "ils",
  celle: "celui",
  lauréate: "lauréat",
  étudiante: "étudiant",
  alternante: "alternant",
  apprentie: "apprenti",
  experte: "expert",
  cofondatrice: "cofondateur",
  fondatrice: "fondateur",
  présidente: "président",
  "vice-présidente": "vice-président",
  trésorière: "trésorier",
  autrice: "auteur",
  auteure: "auteur",
  ancienne: "ancien",
  diplômée: "diplômé",
  diplômées: "diplômés",
  motivée: "motivé",
  organisée: "organisé",
  passionnée: "passionné",
  expérimentée: "expérimenté",
  dévouée: "dévoué",
  déterminée: "déterminé",
  impliquée: "impliqué",
  investie: "investi",
  engagée: "engagé",
  formée: "formé",
  habilitée: "habilité",
  titularisée: "titularisé",
  embauchée: "embauché",
  recrutée: "recruté",
  promue: "promu",
  nommée: "nommé",
  chargée: "chargé",
  détachée: "détaché",
  affectée: "affecté",
  rigoureuse: "rigoureux",
  sérieuse: "sérieux",
  curieuse: "curieux",
  consciencieuse: "consciencieux",
  minutieuse: "minutieux",
  chaleureuse: "chaleureux",
  courageuse: "courageux",
  soigneuse: "soigneux",
  ambitieuse: "ambitieux",
  créative: "créatif",
  sportive: "sportif",
  attentive: "attentif",
  réactive: "réactif",
  proactive: "proactif",
  persévérante: "persévérant",
  bienveillante: "bienveillant",
  polyvalente: "polyvalent",
  compétente: "compétent",
  patiente: "patient",
  indépendante: "indépendant",
  ponctuelle: "ponctuel",
  ravie: "ravi",
  prête: "prêt",
  heureuse: "heureux",
  attentionnée: "attentionné",
  douce: "doux",
  discrète: "discret",
  assidue: "assidu",
  familiarisée: "familiarisé",
  sensibilisée: "sensibilisé",
  certifiée: "certifié",
  qualifiée: "qualifié",
  spécialisée: "spécialisé",
  reconnue: "reconnu",
};

let table: ReadonlyMap<string, string> | undefined;

function forms(): ReadonlyMap<string, string> {
  if (!table) {
    const file = FormsFile.parse(
      JSON.parse(readFileSync(fromRoot("agents", "referentials", "feminine-forms.json"), "utf8")),
    );
    const map = new Map<string, string>();
    for (const [fem, masc] of Object.entries(file.forms)) if (!NOT_PERSON.has(fem)) map.set(fem, masc);
    for (const [fem, masc] of Object.entries(PERSON_WORDS)) map.set(fem, masc);
    // Plurals of titles: "développeuses" is as telling as "développeuse".
    for (const [fem, masc] of [...map]) if (!fem.endsWith("s")) map.set(`${fem}s`, `${masc}s`);
    table = map;
  }
  return table;
}

export interface Neutralised {
  start: number;
  end: number;
  from: string;
  to: string;
}

const WORD = /[\p{L}]+(?:-[\p{L}]+)*/gu;

function withCase(model: string, word: string): string {
  if (model === model.toLocaleUpperCase("fr") && model.length > 1) return word.toLocaleUpperCase("fr");
  const first = model.charAt(0);
  return first === first.toLocaleUpperCase("fr")
    ? word.charAt(0).toLocaleUpperCase("fr") + word.slice(1)
    : word;
}

/** Every feminine-marked person word of the text, with its unmarked form. */
export function genderedWords(text: string): Neutralised[] {
  const map = forms();
  const out: Neutralised[] = [];
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLocaleLowerCase("fr");
    const masc = map.get(lower);
    if (masc !== undefined && masc !== lower)
      out.push({ start: m.index, end: m.index + m[0].length, from: m[0], to: withCase(m[0], masc) });
  }
  return out;
}
