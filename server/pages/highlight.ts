// The checked text with each finding's span marked. Spans are UTF-16 offsets (JavaScript indices) into
// the text; overlapping spans split the text into segments, each marked with every finding covering it.
import { type Locale, label } from "../i18n/catalog.js";
import { type Html, html } from "./html.js";

export interface SpanFinding {
  id: string;
  rule: string;
  guard: string;
  severity: string;
  start: number;
  end: number;
  legalBasis: string[];
  suggestion: string | null;
}

const SEVERITY_ORDER = ["warn", "review", "block"];

export interface Segment {
  start: number;
  end: number;
  findings: SpanFinding[];
}

export function segmentsOf(text: string, findings: readonly SpanFinding[]): Segment[] {
  const clip = (n: number) => Math.max(0, Math.min(text.length, n));
  const valid = findings.filter((f) => clip(f.end) > clip(f.start));
  const cuts = new Set([0, text.length]);
  for (const f of valid) {
    cuts.add(clip(f.start));
    cuts.add(clip(f.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    if (end <= start) continue;
    segments.push({
      start,
      end,
      findings: valid.filter((f) => clip(f.start) <= start && clip(f.end) >= end),
    });
  }
  return segments;
}

const worst = (fs: readonly SpanFinding[]) =>
  fs.reduce(
    (w, f) => (SEVERITY_ORDER.indexOf(f.severity) > SEVERITY_ORDER.indexOf(w) ? f.severity : w),
    "warn",
  );

const tooltip = (f: SpanFinding, l: Locale) =>
  [
    `${f.rule} (${label(l, "guard", f.guard)}, ${label(l, "severity", f.severity)})`,
    f.legalBasis.join(", "),
    f.suggestion ? `→ ${f.suggestion}` : "",
  ]
    .filter(Boolean)
    .join(" · ");

export function highlightText(
  text: string,
  findings: readonly SpanFinding[],
  anchorPrefix = "finding-",
  locale: Locale = "fr",
): Html {
  const parts = segmentsOf(text, findings).map((s) => {
    const piece = text.slice(s.start, s.end);
    const first = s.findings[0];
    if (!first) return html`${piece}`;
    return html`<mark class="finding sev-${worst(s.findings)}" data-rules="${s.findings.map((f) => f.rule).join(" ")}" title="${s.findings.map((f) => tooltip(f, locale)).join("\n")}"><a href="#${anchorPrefix}${first.id}">${piece}</a></mark>`;
  });
  return html`<div class="checked-text">${parts}</div>`;
}
