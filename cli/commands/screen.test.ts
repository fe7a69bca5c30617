import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromRoot } from "../../core/paths.js";
import type { Runtime } from "../../runtime/index.js";
import { openTestRuntime } from "../../runtime/test-support/runtime.js";
import type { CliIo } from "../io.js";
import { parseCvLines, screenCommand } from "./screen.js";

let runtime: Runtime;
beforeAll(async () => {
  runtime = await openTestRuntime();
});
afterAll(() => runtime.close());

async function run(args: string[], stdin = ""): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on("data", (d: Buffer) => out.push(d.toString()));
  stderr.on("data", (d: Buffer) => err.push(d.toString()));
  const input = new PassThrough();
  input.end(stdin);
  const io: CliIo = { stdin: input, stdout, stderr };
  const code = await screenCommand(args, io, async () => ({ ...runtime, close: async () => {} }));
  return { code, out: out.join(""), err: err.join("") };
}

describe("garde-fou screen", () => {
  it("prints one line per CV, best first, in the contract's shape", async () => {
    const { code, out, err } = await run([
      "--job",
      fromRoot("samples", "job.txt"),
      "--cvs",
      fromRoot("samples", "cvs.jsonl"),
    ]);
    expect(code).toBe(0);
    const lines = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(["findings", "id", "rank", "rationale", "score", "verdict"]);
      expect(line.score).toBeGreaterThanOrEqual(0);
      expect(line.score).toBeLessThanOrEqual(1);
      expect(["pass", "revise", "review", "block"]).toContain(line.verdict);
      expect(Array.isArray(line.findings)).toBe(true);
    }
    expect(lines.map((l) => l.rank)).toEqual(
      [...lines.map((l) => l.rank)].sort((a, b) => Number(a) - Number(b)),
    );
    expect(lines.map((l) => l.score)).toEqual([...lines.map((l) => Number(l.score))].sort((a, b) => b - a));
    expect(lines[0]).toMatchObject({ id: "cv-01", rank: 1, verdict: "pass" });
    expect(lines.at(-1)).toMatchObject({ id: "cv-04", verdict: "review" });
    const injected = lines.find((l) => l.id === "cv-03");
    expect(injected?.verdict).toBe("review");
    expect(JSON.stringify(injected?.findings)).toContain('"guard":"injection"');
    expect(err).toMatch(/needs_review.*RGPD art\. 22/su);
  });

  it("reads the CVs from standard input", async () => {
    const { code, out } = await run(
      ["--job", fromRoot("samples", "job.txt"), "--cvs", "-"],
      '{"id":"a","text":"Développeur Java, 5 ans d\'expérience. Spring Boot, SQL, Git, Docker."}\n\n',
    );
    expect(code).toBe(0);
    expect(JSON.parse(out.trim())).toMatchObject({ id: "a", rank: 1 });
  });

  it("names what is wrong in the input", async () => {
    await expect(run(["--job", fromRoot("samples", "job.txt")])).rejects.toThrow(/usage: garde-fou screen/);
    await expect(
      run(["--job", fromRoot("samples", "job.txt"), "--cvs", "-"], '{"id":"a","text":"x"}\nnot json\n'),
    ).rejects.toThrow(/--cvs line 2: not valid JSON/);
    await expect(
      run(
        ["--job", fromRoot("samples", "job.txt"), "--cvs", "-"],
        '{"id":"a","text":"x"}\n{"id":"b","text":""}\n',
      ),
    ).rejects.toThrow(/input\.cvs\.1\.text/);
    expect(() => parseCvLines("[1]")).toThrow(/line 1: must be an object/);
  });
});
