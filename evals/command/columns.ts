// Side-by-side columns: every provider × every combination of the prompt versions asked for.
import type { ProviderId } from "../../core/models.js";
import type { ColumnSpec } from "../runner/types.js";

export function buildColumns(
  providers: ProviderId[],
  fixed: Record<string, string>,
  varied: Record<string, string[]>,
): ColumnSpec[] {
  let combos: Array<Record<string, string>> = [{}];
  for (const [name, versions] of Object.entries(varied))
    combos = combos.flatMap((combo) => versions.map((version) => ({ ...combo, [name]: version })));
  const columns: ColumnSpec[] = [];
  for (const provider of providers)
    for (const combo of combos) {
      const parts = [
        ...(providers.length > 1 ? [provider] : []),
        ...Object.entries(combo).map(([name, version]) => `${name}=${version}`),
      ];
      columns.push({
        label: parts.join(" · ") || "default",
        provider,
        promptVersions: { ...fixed, ...combo },
      });
    }
  return columns;
}
