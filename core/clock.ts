// Time and ids come in from outside so that tests and replays are deterministic.
import { randomUUID } from "node:crypto";

export interface Clock {
  now(): Date;
}
export interface IdSource {
  next(): string;
}

export const systemClock: Clock = { now: () => new Date() };
export const uuidIds: IdSource = { next: () => randomUUID() };

export function fixedClock(start = new Date("2026-01-01T00:00:00Z"), stepMs = 1): Clock {
  let t = start.getTime();
  return {
    now: () => {
      const d = new Date(t);
      t += stepMs;
      return d;
    },
  };
}

export function sequentialIds(prefix = "id"): IdSource {
  let n = 0;
  return { next: () => `${prefix}-${String(++n).padStart(6, "0")}` };
}
