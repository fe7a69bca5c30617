// A word-level diff between two revisions of a text, for the run page: what the rewrite removed and added.
import { type Html, html } from "./html.js";

type Piece = { op: "same" | "del" | "add"; text: string };

/** Past this many words on a side, the diff is not computed (quadratic table); the texts still show. */
export const MAX_DIFF_WORDS = 3000;

export function diffWords(before: string, after: string): Piece[] | null {
  const a = before.split(/(\s+)/).filter((w) => w !== "");
  const b = after.split(/(\s+)/).filter((w) => w !== "");
  if (a.length > MAX_DIFF_WORDS || b.length > MAX_DIFF_WORDS) return null;
  // Longest common subsequence, from the end so the walk below goes forward.
  const rows = a.length + 1;
  const cols = b.length + 1;
  const lcs = new Uint16Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * cols + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * cols + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * cols + j] ?? 0, lcs[i * cols + j + 1] ?? 0);
  const out: Piece[] = [];
  const push = (op: Piece["op"], text: string) => {
    const last = out.at(-1);
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push("same", a[i] ?? "");
      i++;
      j++;
    } else if ((lcs[(i + 1) * cols + j] ?? 0) >= (lcs[i * cols + j + 1] ?? 0)) push("del", a[i++] ?? "");
    else push("add", b[j++] ?? "");
  }
  while (i < a.length) push("del", a[i++] ?? "");
  while (j < b.length) push("add", b[j++] ?? "");
  return out;
}

export function diffView(before: string, after: string): Html | null {
  const pieces = diffWords(before, after);
  if (!pieces) return null;
  return html`<div class="checked-text diff">${pieces.map((p) =>
    p.op === "same"
      ? html`${p.text}`
      : p.op === "del"
        ? html`<del>${p.text}</del>`
        : html`<ins>${p.text}</ins>`,
  )}</div>`;
}
