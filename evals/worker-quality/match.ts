// How the suite compares expected facts with what a worker wrote: without case, accents, or the spacing and
// apostrophe variants a writer may normalise ("1 900 €" and "1 900 €", "d’expérience" and "d'expérience").
import { foldText } from "../../core/text/fold.js";

export function folded(text: string): string {
  return foldText(text).replace(/\s+/gu, " ").trim();
}

export function holds(text: string, fact: string): boolean {
  return folded(text).includes(folded(fact));
}

/** Numbers as written, thousands separators and decimal commas dropped ("2 300" = "2300", "11,88" = "1188");
 * "2016. 5 ans" is two numbers, not one. */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d{1,3}(?:[ .\u00a0\u202f]\d{3})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)?/gu)].map((m) =>
    m[0].replace(/[\s.,\u00a0\u202f]/gu, ""),
  );
}

const STOP = new Set(
  "avec dans pour chez sans sous entre depuis avant apres pendant selon vers leur leurs notre votre nous vous elle elles ils est sont etre avoir tres plus moins bien aussi tout tous toute toutes cette ces ses son sur par une des les aux que qui dont mais donc comme ainsi puis".split(
    " ",
  ),
);

/** Content words of a text (folded, 4 letters or more, not a function word), cut to a 6-letter stem. */
export function contentStems(text: string): string[] {
  return (folded(text).match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 6));
}
