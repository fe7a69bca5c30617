// Our fresh-wording probe batches (probes-round*.jsonl): each was scored before the fixes it prompted (see
// evals/guards/hate-speech-probe.ts); every case not marked `known_miss` must hold from then on.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyseHate } from "./detector.js";
import { loadProbeFile } from "./probe-file.js";

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here)
  .filter((f) => /^probes-.*\.jsonl$/.test(f))
  .sort();

describe.each(files)("probe batch %s", (file) => {
  const rows = loadProbeFile(join(here, file));

  it("is balanced and covers both languages", () => {
    for (const lang of ["fr", "en"] as const) {
      const subset = rows.filter((r) => r.lang === lang);
      expect(subset.length).toBeGreaterThanOrEqual(40);
      expect(subset.filter((r) => r.hateful).length * 2).toBe(subset.length);
    }
  });

  it.each(
    rows.filter((r) => !r.known_miss).map((r) => [r.lang, r.functionality, r.hateful, r.text] as const),
  )("%s %s (hateful=%s): %s", (_lang, _functionality, hateful, text) => {
    expect(analyseHate(text).hateful).toBe(hateful);
  });
});

describe("ordinary recruiting text with risky words (recruiting-benign.jsonl)", () => {
  const rows = loadProbeFile(join(here, "recruiting-benign.jsonl"));
  it.each(rows.map((r) => [r.lang, r.text] as const))("%s passes: %s", (_lang, text) => {
    expect(analyseHate(text, "job_ad").hateful).toBe(false);
  });
});
