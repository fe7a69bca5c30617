// Writes the chosen report formats into a directory and returns their paths.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";
import type { ReportModel } from "./stats.js";

export const REPORT_FORMATS = ["md", "html", "json"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function renderJson(model: ReportModel): string {
  return `${JSON.stringify(model, null, 1)}\n`;
}

const RENDERERS: Record<ReportFormat, (model: ReportModel) => string> = {
  md: renderMarkdown,
  html: renderHtml,
  json: renderJson,
};

export function writeReports(model: ReportModel, dir: string, formats: readonly ReportFormat[]): string[] {
  mkdirSync(dir, { recursive: true });
  return formats.map((format) => {
    const file = join(dir, `report.${format}`);
    writeFileSync(file, RENDERERS[format](model));
    return file;
  });
}
