// Builds wordnet-en.txt, the English synonym/antonym table the classifier uses to tell a paraphrase
// ("eradicating" for "eliminate") from an inserted word. Source: WordNet 3.0 as the Debian package
// wordnet-base installs it (apt-get install wordnet-base). Kept small: single words seen in the
// sense-tagged corpus (tagsense_cnt > 0), their most frequent senses, direct hypernyms and "similar to"
// links, lexical antonyms and irregular forms. Run: npx tsx guards/hallucination/build-wordnet.ts [DIR]
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const DIR = process.argv[2] ?? "/usr/share/wordnet";
const POS = ["noun", "verb", "adj", "adv"] as const;
const SENSES = 3;
const LEMMA = /^[a-z]{3,}$/;

const lemmaSenses = new Map<string, string[]>();
const lemmaPos = new Map<string, string>();
for (const pos of POS)
  for (const line of readFileSync(join(DIR, `index.${pos}`), "utf8").split("\n")) {
    if (line.startsWith(" ") || line.length === 0) continue;
    const f = line.trim().split(" ");
    const lemma = f[0]!;
    if (!LEMMA.test(lemma)) continue;
    const pCnt = Number(f[3]);
    const tagged = Number(f[5 + pCnt]);
    if (!(tagged > 0)) continue;
    const offsets = f.slice(6 + pCnt).slice(0, Math.min(SENSES, tagged));
    const p = pos[0]!;
    lemmaPos.set(lemma, (lemmaPos.get(lemma) ?? "") + p);
    lemmaSenses.set(lemma, [...(lemmaSenses.get(lemma) ?? []), ...offsets.map((o) => `${p}${o}`)]);
  }

const used = new Set<string>();
for (const ss of lemmaSenses.values()) for (const s of ss) used.add(s);
const links = new Map<string, Set<string>>();
const antonyms = new Set<string>();
const POS_LETTER: Record<string, string> = { n: "n", v: "v", a: "a", s: "a", r: "r" };
for (const pos of POS)
  for (const line of readFileSync(join(DIR, `data.${pos}`), "utf8").split("\n")) {
    if (line.startsWith(" ") || line.length === 0) continue;
    const f = line.split(" ");
    const id = `${pos[0]}${f[0]}`;
    const wCnt = Number.parseInt(f[3]!, 16);
    const words = Array.from({ length: wCnt }, (_, i) => f[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, ""));
    let k = 4 + 2 * wCnt;
    const pCnt = Number(f[k]);
    k++;
    for (let i = 0; i < pCnt; i++, k += 4) {
      const sym = f[k]!;
      const target = `${POS_LETTER[f[k + 2]!] ?? f[k + 2]}${f[k + 1]}`;
      const st = f[k + 3]!;
      if (used.has(id) && (sym === "@" || sym === "@i" || sym === "&")) {
        if (!links.has(id)) links.set(id, new Set());
        links.get(id)!.add(target);
      }
      if (sym === "!" && st !== "0000") {
        const src = words[Number.parseInt(st.slice(0, 2), 16) - 1];
        if (src !== undefined && lemmaSenses.has(src))
          antonyms.add(`${src} ${f[k + 1]}${f[k + 2]}/${st.slice(2)}`);
      }
    }
  }
// Resolve antonym targets to words.
const dataLines = new Map<string, string[]>();
for (const pos of POS)
  for (const line of readFileSync(join(DIR, `data.${pos}`), "utf8").split("\n")) {
    if (line.startsWith(" ") || line.length === 0) continue;
    const f = line.split(" ");
    const wCnt = Number.parseInt(f[3]!, 16);
    dataLines.set(
      `${f[0]}${pos === "adj" ? "a" : pos[0]}`,
      Array.from({ length: wCnt }, (_, i) => f[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, "")),
    );
  }
const antonymPairs = new Set<string>();
for (const a of antonyms) {
  const [src, ref] = a.split(" ") as [string, string];
  const [key, num] = ref.split("/") as [string, string];
  const k2 = key.replace(/s$/, "a");
  const w = dataLines.get(k2)?.[Number.parseInt(num, 16) - 1];
  if (w !== undefined && lemmaSenses.has(w) && w !== src) antonymPairs.add([src, w].sort().join(" "));
}
// Number the synsets compactly.
const ids = new Map<string, number>();
const idOf = (s: string) => {
  let n = ids.get(s);
  if (n === undefined) {
    n = ids.size;
    ids.set(s, n);
  }
  return n.toString(36);
};
const out: string[] = [
  "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.",
  '# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR',
  "# WARRANTIES, EXPRESS OR IMPLIED. Derived by build-wordnet.ts: L lemma parts-of-speech synsets |",
  "# H synset linked synsets |",
  "# A antonym pair | X irregular form and lemma. Synset ids are base-36 numbers local to this file.",
];
for (const [lemma, ss] of [...lemmaSenses].sort())
  out.push(`L ${lemma} ${lemmaPos.get(lemma)} ${ss.map(idOf).join(" ")}`);
for (const [s, ts] of [...links].sort()) out.push(`H ${idOf(s)} ${[...ts].map(idOf).join(" ")}`);
for (const p of [...antonymPairs].sort()) out.push(`A ${p}`);
for (const pos of ["noun", "verb", "adj"])
  for (const line of readFileSync(join(DIR, `${pos}.exc`), "utf8").split("\n")) {
    const [form, lemma] = line.split(" ");
    if (form && lemma && LEMMA.test(form) && lemmaSenses.has(lemma)) out.push(`X ${form} ${lemma}`);
  }
writeFileSync(new URL("./wordnet-en.txt", import.meta.url), `${out.join("\n")}\n`);
console.log(`${lemmaSenses.size} lemmas, ${links.size} linked synsets, ${antonymPairs.size} antonym pairs`);
