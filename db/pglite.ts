// The embedded PGlite, made to share the event loop with the HTTP server it lives beside.
//
// PGlite runs PostgreSQL (WASM) in this thread, and every protocol message it executes is synchronous. Its
// queries are async only in name: one query's Parse, Bind, Execute and Sync, and the next query queued
// behind it, follow each other as promise continuations, which the event loop runs without ever turning
// to a waiting socket. During a 200-CV screening the run's writes (steps, findings, checkpoints) chained
// that way into single stalls of 4–5 s, during which `/health` could not answer (#9 point 5, measured with
// `npm run bench:eventloop` and a per-message timer). Two changes bound that:
//
// 1. Every protocol message starts on a fresh turn of the event loop (`setImmediate`), so a waiting request
//    is served between two messages and no stall is longer than one message and the code around it.
// 2. bytea parameters are sent as they are (the protocol's binary format: bytea's is the bytes themselves),
//    and bytea results go through Buffer's native hex decoder. PGlite's own codec turns every byte into a
//    string (`Array.from(bytes).map(b => b.toString(16))`) and parses arrays one character at a time:
//    LangGraph's checkpoints are bytea, megabytes of them for a large run, and that codec was most of the
//    stall (a CPU profile of the screening: 2.3 s of 4.8 s in the bytea serializer, most of the rest GC).
import { setImmediate as nextTurn } from "node:timers/promises";
import { type ExecProtocolOptions, PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";

const BYTEA = 17;
const BYTEA_ARRAY = 1001;

/**
 * A bytea parameter as it goes on the wire: PGlite's Bind sends an ArrayBufferView in the binary format
 * (`BufferParameter` in its protocol types), which for bytea is the bytes as they are: no hex text twice
 * the size to build, measure and copy.
 */
export function byteaParameter(value: unknown): Uint8Array {
  if (!(value instanceof Uint8Array)) throw new Error("Invalid input for bytea type");
  return value;
}

/** PostgreSQL's hex output (`\x…`) to bytes; a Buffer is a Uint8Array, which is what readers expect. */
export function byteaFromText(text: string): Uint8Array {
  return Buffer.from(text.startsWith("\\x") ? text.slice(2) : text, "hex");
}

type ByteaArray = Array<Uint8Array | null | ByteaArray>;

/**
 * A bytea array (any depth) in PostgreSQL's text output: `{{"\\x01","\\x02"},{NULL,"\\x"}}`. Hex digits hold
 * no quote, comma or brace, so each element is found with one indexOf. Anything else (a dimension prefix,
 * an escape form) returns undefined and the caller falls back to PGlite's general parser.
 */
export function byteaArrayFromText(text: string): ByteaArray | undefined {
  const stack: ByteaArray[] = [];
  let result: ByteaArray | undefined;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "{") {
      const next: ByteaArray = [];
      stack[stack.length - 1]?.push(next);
      stack.push(next);
      i++;
    } else if (c === "}") {
      result = stack.pop();
      i++;
    } else if (c === ",") {
      i++;
    } else if (c === '"') {
      const end = text.indexOf('"', i + 1);
      const open = stack[stack.length - 1];
      // The element reads `\\x<hex>`: the array quoting doubles the backslash of bytea's `\x`.
      if (end < 0 || !open || !text.startsWith("\\\\x", i + 1)) return undefined;
      open.push(Buffer.from(text.slice(i + 4, end), "hex"));
      i = end + 1;
    } else if (text.startsWith("NULL", i)) {
      const open = stack[stack.length - 1];
      if (!open) return undefined;
      open.push(null);
      i += 4;
    } else {
      return undefined;
    }
  }
  return stack.length === 0 ? result : undefined;
}

/** A PGlite whose protocol messages each wait for the event loop's next turn (see the top of the file). */
class TurnTakingPGlite extends PGlite {
  override async execProtocolRaw(message: Uint8Array, options?: ExecProtocolOptions): Promise<Uint8Array> {
    await nextTurn();
    return super.execProtocolRaw(message, options);
  }
}

/** Opens the embedded database (a directory, or in memory when `dataDir` is undefined), with pgvector. */
export async function openPglite(dataDir: string | undefined): Promise<PGlite> {
  // The options form: the constructor ignores its second argument when the first is not a string.
  const options: PGliteOptions = { dataDir, extensions: { vector } };
  const pglite = new TurnTakingPGlite(options);
  await pglite.waitReady;
  // PGlite types a serializer as returning text, but its Bind takes bytes too (see byteaParameter).
  Reflect.set(pglite.serializers, BYTEA, byteaParameter);
  pglite.parsers[BYTEA] = byteaFromText;
  // Set after start-up: PGlite builds its array parsers then, over the general one.
  const general = pglite.parsers[BYTEA_ARRAY];
  pglite.parsers[BYTEA_ARRAY] = (text: string, typeId?: number) =>
    byteaArrayFromText(text) ?? general?.(text, typeId);
  return pglite;
}
