// How the checkpointer turns state into bytes and back, made to share the event loop with the server.
//
// A large run's state is megabytes (a 200-CV screening: about 1.6 MB for the supervisor's input, 0.9 MB per
// draft), and LangGraph (de)serialises every channel of a checkpoint at once (`Promise.all`), in this
// thread. Its reader revives values with an async walk that makes a promise for every value of the
// state, so reading one checkpoint of that run held the event loop about 150 ms, mostly in GC (#9 point 5,
// CPU profile of `npm run bench:eventloop`'s screening). Two changes:
//
// 1. One value at a time, each on a fresh turn of the event loop: a waiting request is served between two
//    channels instead of after all of them.
// 2. JSON that holds no `"lc":` key is read with JSON.parse alone. LangGraph's reviver only changes objects
//    carrying an `lc` field (its records for undefined, Set, Map, Error, LangChain objects…), and the key
//    `"lc":` cannot appear in the text otherwise: a quote inside a JSON string is escaped. Anything else
//    goes to LangGraph's own reader, unchanged.
import { setImmediate as nextTurn } from "node:timers/promises";
import type { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";
import PQueue from "p-queue";

type Serde = PostgresSaver["serde"];

const RECORD_KEY = '"lc":';

export function turnTakingSerde(inner: Serde): Serde {
  const queue = new PQueue({ concurrency: 1 });
  /** Runs `work` after every earlier call has ended, on a turn of its own. */
  const inTurn = <T>(work: () => Promise<T>): Promise<T> =>
    queue.add(async () => {
      await nextTurn();
      return work();
    });
  const decoder = new TextDecoder();
  return {
    dumpsTyped: (value) => inTurn(() => inner.dumpsTyped(value)),
    loadsTyped: (type, data) =>
      inTurn(async () => {
        if (type !== "json") return inner.loadsTyped(type, data);
        const text = typeof data === "string" ? data : decoder.decode(data);
        return text.includes(RECORD_KEY) ? inner.loadsTyped(type, text) : JSON.parse(text);
      }),
  };
}
