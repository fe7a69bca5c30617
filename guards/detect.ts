// The detectors of a set of guards on one text, synchronously and as data: what a worker thread runs for
// the engine (GuardDeps.detect). A detector that throws gives its message, which the engine turns into the
// same note and the same "unsure, at least review" outcome as when it throws in the engine's own thread.
import type { GuardId } from "../core/contract.js";
import { detectInPieces } from "./chunks.js";
import { GUARD_REGISTRY } from "./registry.js";
import type { Detection, GuardInput } from "./types.js";

export function detectGuards(
  input: GuardInput,
  guards: readonly GuardId[],
): Partial<Record<GuardId, Detection>> {
  const out: Partial<Record<GuardId, Detection>> = {};
  for (const guard of guards) {
    const entry = GUARD_REGISTRY.find((e) => e.guard === guard);
    if (!entry) {
      out[guard] = { ok: false, error: `no detector registered for guard ${guard}` };
      continue;
    }
    try {
      out[guard] = { ok: true, result: detectInPieces(entry.detector, input) };
    } catch (error) {
      out[guard] = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
  return out;
}
