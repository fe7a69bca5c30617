// Headless Chromium for the page tests, driven by playwright-core. Debian's package where it is installed;
// otherwise the binary shipped inside the `@sparticuz/chromium` dev dependency (unpacked to /tmp on first
// launch), so that `npm ci && npm test` needs nothing but Node and npm.
import { existsSync } from "node:fs";
import sparticuz from "@sparticuz/chromium";
import { type Browser, chromium } from "playwright-core";

export const SYSTEM_CHROMIUM_PATH = "/usr/bin/chromium";

const SYSTEM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface ChromiumChoice {
  executablePath: string;
  args: string[];
  source: "system" | "bundled";
}

/** Unpacks the packaged browser to /tmp (once) and says where it is. */
async function unpackBundled(): Promise<string> {
  // Graphics (swiftshader) are not needed to render and click HTML pages; skipping them unpacks less.
  sparticuz.setGraphicsMode = false;
  return sparticuz.executablePath();
}

export async function chooseChromium(
  systemPath: string = SYSTEM_CHROMIUM_PATH,
  bundledPath: () => Promise<string> = unpackBundled,
): Promise<ChromiumChoice> {
  if (existsSync(systemPath)) return { executablePath: systemPath, args: SYSTEM_FLAGS, source: "system" };
  // Its flags are tuned for one page per short-lived Lambda: with --single-process the browser exits when
  // the first page closes, and a test opens several.
  const args = sparticuz.args.filter((flag) => flag !== "--single-process");
  return { executablePath: await bundledPath(), args, source: "bundled" };
}

export async function launchChromium(systemPath?: string): Promise<Browser> {
  const choice = await chooseChromium(systemPath);
  return chromium.launch({ executablePath: choice.executablePath, headless: true, args: choice.args });
}
