// A reviewer's corrected output, before it may replace the draft: it must have the shape of the workflow's
// output as the worker produced it (no field the workflow does not have, none of another type), and every
// text in it is checked by the guards, each with the kind and sources of the draft text it replaces.

import type { TextKind } from "../../core/contract.js";
import { InvalidInputError } from "../../core/errors.js";
import type { DraftRevision } from "../../graphs/drafts.js";
import type { GuardedText } from "../../graphs/supervisor/state.js";
import { LEFTOVER_MASK, restoreMasked } from "../trace/mask.js";

const typeOf = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

/**
 * Every way `edited` departs from the draft's output shape, as "editedOutput.path: problem". The draft's
 * output is the workflow's own output schema in practice: what its worker produced and the guards saw.
 */
export function shapeProblems(template: unknown, edited: unknown, path = "editedOutput"): string[] {
  const want = typeOf(template);
  const got = typeOf(edited);
  // A field the worker left empty (null) may be filled with text by a person.
  if (want === "null")
    return got === "null" || got === "string" ? [] : [`${path}: must be a string or null, got ${got}`];
  if (want !== got)
    return [
      `${path}: must be ${want === "array" || want === "object" ? `an ${want}` : `a ${want}`}, got ${got}`,
    ];
  if (Array.isArray(template) && Array.isArray(edited)) {
    const item = template[0];
    if (item === undefined)
      return edited.length ? [`${path}: must stay empty (the draft has no item to follow)`] : [];
    return edited.flatMap((v, i) => shapeProblems(item, v, `${path}.${i}`));
  }
  if (want === "object") {
    const t = template as Record<string, unknown>;
    const e = edited as Record<string, unknown>;
    const unknown = Object.keys(e)
      .filter((k) => !Object.hasOwn(t, k))
      .map(
        (k) => `${path}.${k}: not a field of this workflow's output (it has ${Object.keys(t).join(", ")})`,
      );
    const missing = Object.keys(t)
      .filter((k) => !Object.hasOwn(e, k))
      .map((k) => `${path}.${k}: missing`);
    const nested = Object.keys(t)
      .filter((k) => Object.hasOwn(e, k))
      .flatMap((k) => shapeProblems(t[k], e[k], `${path}.${k}`));
    return [...unknown, ...missing, ...nested];
  }
  return [];
}

/**
 * The output a correction stands for: the draft's fields the reviewer did not send are kept (and checked
 * again with the rest), the others must fit the draft's shape.
 */
export function correctedOutput(
  template: Record<string, unknown>,
  edited: Record<string, unknown>,
): Record<string, unknown> {
  const merged = { ...template, ...edited };
  const problems = shapeProblems(template, merged);
  if (problems.length === 0) return merged;
  const field = problems[0]?.split(":")[0] ?? "editedOutput";
  throw new InvalidInputError(problems.slice(0, 10).join("; "), { field, problems });
}

/**
 * Fields of an output that are the guards' own report on the request (the ad writer's findings on its brief
 * quote the forbidden ask as evidence), not text written for release: guarding them would refuse every
 * correction of an ad whose brief asked for something unlawful.
 * TODO(#11): carry the brief's findings in their own channel rather than in the draft's output.
 */
const REPORT_FIELDS: ReadonlySet<string> = new Set(["briefFindings", "briefActions"]);

function stringLeaves(value: unknown, path: string[], out: Array<{ path: string[]; text: string }>) {
  if (typeof value === "string") out.push({ path, text: value });
  else if (Array.isArray(value))
    for (const [i, v] of value.entries()) stringLeaves(v, [...path, String(i)], out);
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) stringLeaves(v, [...path, k], out);
  return out;
}

const at = (value: unknown, path: string[]): unknown =>
  path.reduce<unknown>(
    (v, k) => (v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined),
    value,
  );

/**
 * Every text of the correction, as the guards will see it. A text at the place of a draft text keeps that
 * text's kind and sources (a summary is still checked against its sources); any other text is free text.
 * Unchanged texts are checked too: the verdict must be about the output as it will be released.
 */
export function editedTexts(draft: DraftRevision, edited: Record<string, unknown>): GuardedText[] {
  return stringLeaves(edited, [], [])
    .filter((leaf) => leaf.text.trim() !== "" && !REPORT_FIELDS.has(leaf.path[0] ?? ""))
    .map((leaf) => {
      const before = at(draft.output, leaf.path);
      const source = typeof before === "string" ? draft.texts.find((t) => t.text === before) : undefined;
      const kind: TextKind = source?.kind ?? "free_text";
      return {
        key: `editedOutput.${leaf.path.join(".")}`,
        text: leaf.text,
        kind,
        ...(source?.sources ? { sources: source.sources } : {}),
      };
    });
}

/**
 * A reviewer who sees candidate data masked corrects the masked text (#9 point 4): each mask they left in
 * a text is put back to the draft's real text at the same place (trace/mask.ts `restoreMasked`); a mask
 * that cannot be put back (moved to another field, cut, or a name's mask) is never released in place of
 * the real text: the correction is refused with the fields that still hold one.
 */
function restoreMasks(template: unknown, edited: unknown): unknown {
  if (typeof edited === "string")
    return typeof template === "string" ? restoreMasked(edited, template) : edited;
  if (Array.isArray(edited))
    return edited.map((v, i) => restoreMasks(Array.isArray(template) ? template[i] : undefined, v));
  if (edited && typeof edited === "object")
    return Object.fromEntries(
      Object.entries(edited).map(([k, v]) => [
        k,
        restoreMasks(template && typeof template === "object" ? at(template, [k]) : undefined, v),
      ]),
    );
  return edited;
}

export function restoreMaskedOutput(
  template: Record<string, unknown>,
  edited: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(edited).map(([k, v]) => [k, restoreMasks(template[k], v)]));
}

/** The fields of an output that still hold a mask, as "editedOutput.path". */
export function fieldsWithMasks(value: unknown): string[] {
  return stringLeaves(value, [], [])
    .filter((leaf) => LEFTOVER_MASK.test(leaf.text))
    .map((leaf) => `editedOutput.${leaf.path.join(".")}`);
}
