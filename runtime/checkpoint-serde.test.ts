// The checkpointer's serialiser gives back what LangGraph's own does, and takes the event loop one value at
// a time (#9 point 5).
import { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { turnTakingSerde } from "./checkpoint-serde.js";

// The saver is never connected: only its default serialiser is used.
const langgraph = new PostgresSaver(new pg.Pool()).serde;
const serde = turnTakingSerde(langgraph);

const roundTrip = async (value: unknown) => {
  const [type, bytes] = await serde.dumpsTyped(value);
  return { ours: await serde.loadsTyped(type, bytes), theirs: await langgraph.loadsTyped(type, bytes) };
};

describe("turnTakingSerde", () => {
  it("reads plain state exactly as LangGraph does", async () => {
    const state = {
      cvs: [{ id: "cv-1", text: 'Il a écrit "lc": 1 dans un rapport {"lc":2}' }],
      scores: [0.5, -1, 1e-9],
      nested: { a: [[], {}, null, true, "\\x00"] },
    };
    const { ours, theirs } = await roundTrip(state);
    expect(ours).toEqual(theirs);
    expect(ours).toEqual(state);
  });

  it("leaves LangGraph's records (undefined, Set, Map, Error) to LangGraph's reader", async () => {
    const state = {
      gone: undefined,
      seen: new Set(["a", "b"]),
      index: new Map([["k", 1]]),
      error: new Error("x"),
    };
    const { ours, theirs } = await roundTrip(state);
    expect(ours).toEqual(theirs);
    expect(ours.seen).toBeInstanceOf(Set);
    expect(ours.index).toBeInstanceOf(Map);
    expect(ours.error).toBeInstanceOf(Error);
  });

  it("takes one value per turn of the event loop, in the order asked", async () => {
    const values = Array.from({ length: 6 }, (_, i) => ({ i, text: "x".repeat(1000) }));
    const dumped = await Promise.all(values.map((v) => serde.dumpsTyped(v)));
    const ended: number[] = [];
    let immediateAfter = -1;
    setImmediate(() => {
      immediateAfter = ended.length;
    });
    const loaded = await Promise.all(
      dumped.map(([type, bytes], i) =>
        serde.loadsTyped(type, bytes).then((v) => {
          ended.push(i);
          return v;
        }),
      ),
    );
    expect(loaded).toEqual(values);
    expect(ended).toEqual([0, 1, 2, 3, 4, 5]);
    expect(immediateAfter).toBeGreaterThanOrEqual(0);
    expect(immediateAfter).toBeLessThan(6);
  });

  it("keeps going after a value it cannot read", async () => {
    await expect(serde.loadsTyped("json", new TextEncoder().encode("{not json"))).rejects.toThrow();
    const [type, bytes] = await serde.dumpsTyped({ ok: true });
    expect(await serde.loadsTyped(type, bytes)).toEqual({ ok: true });
  });
});
