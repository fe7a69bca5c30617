import { describe, expect, it } from "vitest";
import { highlightText, type SpanFinding, segmentsOf } from "./highlight.js";

const finding = (id: string, start: number, end: number, extra: Partial<SpanFinding> = {}): SpanFinding => ({
  id,
  rule: "AD-04",
  guard: "discrimination",
  severity: "block",
  start,
  end,
  legalBasis: ["C. trav. L5331-2"],
  suggestion: "Supprimer la limite d'âge",
  ...extra,
});

describe("highlight", () => {
  it("splits overlapping spans into segments carrying every finding that covers them", () => {
    const segs = segmentsOf("0123456789", [finding("a", 2, 6), finding("b", 4, 8)]);
    expect(segs.map((s) => [s.start, s.end, s.findings.map((f) => f.id).join("")])).toEqual([
      [0, 2, ""],
      [2, 4, "a"],
      [4, 6, "ab"],
      [6, 8, "b"],
      [8, 10, ""],
    ]);
  });

  it("uses UTF-16 offsets, as JavaScript strings do", async () => {
    const text = "Équipe 👩‍🍳 : 25 à 35 ans";
    const start = text.indexOf("25");
    const html = String(await highlightText(text, [finding("a", start, text.length)]));
    expect(html).toContain(">25 à 35 ans</a></mark>");
    expect(html).toContain("Équipe 👩‍🍳 : ");
  });

  it("escapes the text and the tooltip, and ignores spans outside the text", async () => {
    const text = `<script>alert("x")</script> & "co"`;
    const html = String(
      await highlightText(text, [finding("a", 0, 8, { suggestion: `"><img src=x>` }), finding("z", 90, 95)]),
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&amp; &quot;co&quot;");
    expect(html.match(/<mark/g)).toHaveLength(1);
  });

  it("marks the worst severity and links to the finding", async () => {
    const html = String(
      await highlightText("abcdef", [
        finding("w", 0, 4, { severity: "warn" }),
        finding("r", 2, 4, { severity: "review", rule: "AD-05" }),
      ]),
    );
    expect(html).toContain('class="finding sev-review" data-rules="AD-04 AD-05"');
    expect(html).toContain('href="#finding-w"');
  });
});
