// Long texts are checked in pieces, with the event loop free between pieces. A piece is cut at a paragraph
// or sentence end where there is one, so every sentence a detector judges is whole; a text up to CHUNK_CHARS
// (a CV, an ad, a summary) is checked in one piece, exactly as before. Whatever a detector does within a
// piece, its cost on a long text is then (text length / piece length) × (cost of one piece): linear in the
// text, and no request holds the loop for more than one piece of one detector.
import type { Finding } from "../core/contract.js";
import type { Detector, DetectorResult, GuardInput } from "./types.js";

/** Longest piece a detector sees at once (UTF-16 units). */
export const CHUNK_CHARS = 16_000;
/** A cut looks back this far for a paragraph, sentence or word end before falling back to a hard cut. */
const LOOK_BACK = 2_000;
/** Notes kept per guard and text: thousands of repeated matches would otherwise repeat one note. */
const MAX_NOTES = 50;

/** [start, end) pieces covering the text, in order, each at most `size` long. */
export function chunkBounds(text: string, size = CHUNK_CHARS): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > size) {
    const end = cutBefore(text, start + size, Math.max(start + 1, start + size - LOOK_BACK));
    out.push([start, end]);
    start = end;
  }
  out.push([start, text.length]);
  return out;
}

/** The best cut in (floor, limit]: after a line break, else after a sentence end, else after a space. */
function cutBefore(text: string, limit: number, floor: number): number {
  const line = text.lastIndexOf("\n", limit - 1);
  if (line >= floor) return line + 1;
  for (let i = limit - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    // ".", "!", "?", ";" followed by a space.
    if ((c === 46 || c === 33 || c === 63 || c === 59) && text.charCodeAt(i + 1) === 32) return i + 2;
  }
  const space = text.lastIndexOf(" ", limit - 1);
  if (space >= floor) return space + 1;
  // No word boundary at all (one very long "word"): cut anywhere but inside a surrogate pair.
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/** Yields to the event loop when the current turn has run longer than this (shared by every guard). */
const SLICE_MS = 15;
let sliceStarted = performance.now();

/** Gives the event loop a turn if this one has lasted more than SLICE_MS. */
export async function yieldIfBusy(): Promise<void> {
  if (performance.now() - sliceStarted < SLICE_MS) return;
  await new Promise<void>((resolve) => setImmediate(resolve));
  sliceStarted = performance.now();
}

/** Runs a detector over a text piece by piece, with findings and their spans in the whole text's terms. */
export async function detectInChunks(detector: Detector, input: GuardInput): Promise<DetectorResult> {
  const bounds = chunkBounds(input.text);
  if (bounds.length === 1) {
    await yieldIfBusy();
    return detector.detect(input);
  }
  const pieces: DetectorResult[] = [];
  for (const [start, end] of bounds) {
    await yieldIfBusy();
    pieces.push(detector.detect({ ...input, text: input.text.slice(start, end) }));
  }
  return merged(bounds, pieces);
}

/**
 * detectInChunks without yielding: for a worker thread (runtime/cpu-worker.ts), whose event loop serves
 * nobody else. Same pieces, same order, same result.
 */
export function detectInPieces(detector: Detector, input: GuardInput): DetectorResult {
  const bounds = chunkBounds(input.text);
  if (bounds.length === 1) return detector.detect(input);
  return merged(
    bounds,
    bounds.map(([start, end]) => detector.detect({ ...input, text: input.text.slice(start, end) })),
  );
}

function merged(bounds: Array<[number, number]>, pieces: DetectorResult[]): DetectorResult {
  const findings: Finding[] = [];
  const notes = new Set<string>();
  let certainty: DetectorResult["certainty"] = "sure";
  pieces.forEach((piece, i) => {
    const start = bounds[i]?.[0] ?? 0;
    for (const f of piece.findings) findings.push({ ...f, start: f.start + start, end: f.end + start });
    if (piece.certainty === "unsure") certainty = "unsure";
    for (const n of piece.notes ?? []) if (notes.size < MAX_NOTES) notes.add(n);
  });
  return {
    findings,
    certainty,
    notes: [`long text checked in ${bounds.length} pieces of at most ${CHUNK_CHARS} characters`, ...notes],
  };
}
