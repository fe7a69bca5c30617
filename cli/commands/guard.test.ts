import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createOfflineEngine } from "../../agents/models/offline.js";
import type { GuardDeps } from "../../guards/engine.js";
import { guardCommand } from "./guard.js";

const deps: GuardDeps = { engine: createOfflineEngine(), judgeMode: "auto" };

async function run(args: string[], stdinText = "") {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c) => {
    out += String(c);
  });
  stderr.on("data", (c) => {
    err += String(c);
  });
  const code = await guardCommand(args, { stdin: Readable.from([stdinText]), stdout, stderr }, deps);
  return {
    code,
    lines:
      out.trim() === ""
        ? []
        : out
            .trim()
            .split("\n")
            .map((l) => JSON.parse(l)),
    err,
  };
}

describe("garde-fou guard", () => {
  it("answers one line per line, in order, with the contract's fields", async () => {
    const input = [
      JSON.stringify({ id: "a1", text: "Candidats de 25 à 35 ans uniquement.", kind: "job_ad" }),
      "{not json",
      JSON.stringify({ id: "a3", text: "Poste de comptable, CDI." }),
      JSON.stringify({ id: "a4", kind: "nonsense", text: "x" }),
      "",
      JSON.stringify({
        id: "a5",
        kind: "job_ad",
        jurisdiction: "US",
        text: "Optional: self-identify your gender and ethnicity for our EEO-1 report; not used in selection.",
      }),
    ].join("\n");
    const { code, lines } = await run(["--input", "-", "--jurisdiction", "FR"], input);
    expect(code).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(["a1", undefined, "a3", "a4", "a5"]);
    expect(lines[0]).toMatchObject({ id: "a1", verdict: "block" });
    const finding = lines[0].findings[0];
    // The contract's fields, plus the calibrated `confidence` (and `unsure`) a guard may add.
    expect(
      Object.keys(finding)
        .filter((k) => k !== "confidence" && k !== "unsure")
        .sort(),
    ).toEqual(
      [
        "criteria",
        "end",
        "evidence",
        "guard",
        "legalBasis",
        "rule",
        "severity",
        "start",
        "suggestion",
      ].sort(),
    );
    expect("Candidats de 25 à 35 ans uniquement.".slice(finding.start, finding.end)).toBe(finding.evidence);
    if ("confidence" in finding) expect(finding.confidence).toBeGreaterThanOrEqual(0);
    expect(lines[1]).toEqual({ error: "invalid JSON" });
    expect(lines[2]).toEqual({ id: "a3", verdict: "pass", findings: [] });
    expect(lines[3]).toMatchObject({ id: "a4", error: expect.stringContaining("kind") });
    // The line's own jurisdiction wins over the flag.
    expect(lines[4]).toMatchObject({ id: "a5", verdict: "pass" });
  });
  it("applies --kind and --jurisdiction to lines that do not set them", async () => {
    const line = JSON.stringify({ id: "q", text: "Êtes-vous marié ?" });
    const fr = await run(["--input=-", "--kind", "interview_questions"], line);
    const us = await run(["--input", "-", "--kind", "interview_questions", "--jurisdiction", "us"], line);
    expect(fr.lines[0]).toMatchObject({ verdict: "block" });
    expect(us.lines[0]).toMatchObject({ verdict: "review" });
  });
  it("reads a file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "guard-cli-"));
    const file = join(dir, "in.jsonl");
    writeFileSync(
      file,
      `${JSON.stringify({ id: 1, text: "Quel âge avez-vous ?", kind: "interview_questions" })}\n`,
    );
    const { code, lines } = await run(["--input", file]);
    expect(code).toBe(0);
    expect(lines).toEqual([expect.objectContaining({ id: 1, verdict: "block" })]);
  });
  it.each([
    [["--input", "/nonexistent/file.jsonl"], /cannot read/],
    [[], /--input is required/],
    [["--input", "-", "--jurisdiction", "DE"], /jurisdiction/],
    [["--input", "-", "--kind", "poem"], /kind/],
    [["--input", "-", "--verbose"], /unknown argument/],
  ])("exits non-zero when the run cannot proceed: %j", async (args, message) => {
    const { code, err, lines } = await run(args);
    expect(code).not.toBe(0);
    expect(err).toMatch(message);
    expect(lines).toEqual([]);
  });
});
