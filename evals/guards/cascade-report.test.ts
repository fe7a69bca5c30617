// The cascade part of `npm run eval:guards`: the unsure-band arithmetic, its table, and the message that
// names GARDE_FOU_DATA_DIR when the development data is missing.
import { describe, expect, it } from "vitest";
import { formatCascade, measurerError, missingDataMessage } from "./measure.js";
import { bandGoalMet, calibrate, errorsInBandShare, poolCalibration, unsureShare } from "./metrics.js";

describe("unsure-band calibration", () => {
  const cases = [
    { expected: true, predicted: false, unsure: true },
    { expected: false, predicted: true, unsure: false },
    { expected: true, predicted: true, unsure: false },
    { expected: false, predicted: false, unsure: false },
  ];

  it("counts texts in the band and errors inside it", () => {
    const c = calibrate(cases);
    expect(c).toEqual({ texts: 4, unsure: 1, errors: 2, errorsInBand: 1 });
    expect(unsureShare(c)).toBe(0.25);
    expect(errorsInBandShare(c)).toBe(0.5);
    expect(bandGoalMet(c)).toBe(false);
    expect(bandGoalMet({ texts: 10, unsure: 2, errors: 2, errorsInBand: 2 })).toBe(true);
  });

  it("pools datasets of one guard by adding counts, and prints one line per dataset and guard", () => {
    const a = calibrate(cases);
    expect(poolCalibration([a, a])).toEqual({ texts: 8, unsure: 2, errors: 4, errorsInBand: 2 });
    const table = formatCascade([
      { dataset: "x", n: 4, metrics: {}, guard: "hallucination", calibration: a },
      { dataset: "y", n: 4, metrics: {}, guard: "hallucination", calibration: a, split: "heldout" },
      { dataset: "z", n: 4, metrics: {} },
    ]);
    expect(table).toMatch(/hallucination\n {2}x .*unsure +25 %.*inside +50 %.*goal not met/);
    expect(table).toContain("y [heldout]");
    expect(table).toContain("all of the above");
    expect(table).not.toContain(" z ");
  });

  it("names the setting when the data directory is missing", () => {
    const message = missingDataMessage("../nowhere", "/x/nowhere");
    expect(message).toContain("GARDE_FOU_DATA_DIR=../nowhere");
    expect(message).toContain("does not exist");
    expect(message).not.toMatch(/ENOENT/);
  });

  it("a dataset file missing under the data directory names the file and the setting, not ENOENT", () => {
    const enoent = Object.assign(
      new Error("ENOENT: no such file or directory, open '/x/hate_speech/a.jsonl'"),
      {
        code: "ENOENT",
        path: "/x/hate_speech/a.jsonl",
      },
    );
    const message = measurerError(enoent, "../nowhere");
    expect(message).toContain("/x/hate_speech/a.jsonl is missing under GARDE_FOU_DATA_DIR=../nowhere");
    expect(message).not.toMatch(/ENOENT/);
    expect(measurerError(new Error("bad line 3"), "x")).toBe("bad line 3");
  });
});
