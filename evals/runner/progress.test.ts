import { describe, expect, it } from "vitest";
import { runPool } from "./pool.js";
import { createProgress } from "./progress.js";

describe("progress bar", () => {
  it("draws on a terminal only", () => {
    let drawn = "";
    const tty = createProgress({ write: (t: string) => (drawn += t), isTTY: true }, 2, "eval", () => 0);
    tty.tick();
    tty.tick();
    tty.done();
    expect(drawn).toContain("2/2");
    let piped = "";
    const pipe = createProgress({ write: (t: string) => (piped += t) }, 2, "eval");
    pipe.tick();
    pipe.done();
    expect(piped).toBe("");
  });
});

describe("runPool", () => {
  it("keeps order and never exceeds the limit", async () => {
    let inFlight = 0;
    let peak = 0;
    const tasks = [30, 5, 20, 1, 10].map((ms, i) => async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, ms));
      inFlight--;
      return i;
    });
    expect(await runPool(tasks, 2)).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
  });
});
