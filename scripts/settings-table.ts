// Prints the README's settings table from core/settings.ts, so that the two cannot drift apart:
// `npx tsx scripts/settings-table.ts`.
import { SETTING_NAMES, SETTINGS } from "../core/settings.js";

const rows = SETTING_NAMES.map((name) => {
  const parsed = SETTINGS[name].schema.safeParse(undefined);
  const fallback = parsed.success && parsed.data !== undefined ? `\`${String(parsed.data)}\`` : "(unset)";
  return `| \`${name}\` | ${fallback} | ${SETTINGS[name].meaning} |`;
});
process.stdout.write(`${["| variable | default | meaning |", "|---|---|---|", ...rows].join("\n")}\n`);
