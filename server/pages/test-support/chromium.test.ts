import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chooseChromium } from "./chromium.js";

describe("the page tests' Chromium", () => {
  it("uses the system browser where one is installed", async () => {
    // Any existing executable stands for /usr/bin/chromium here: the choice only looks at the path.
    const choice = await chooseChromium(process.execPath);
    expect(choice).toMatchObject({ source: "system", executablePath: process.execPath });
    expect(choice.args).toContain("--headless");
  });

  it("falls back to the browser shipped in the npm package, which a test can launch", async () => {
    const choice = await chooseChromium("/nonexistent/chromium");
    expect(choice.source).toBe("bundled");
    expect(existsSync(choice.executablePath)).toBe(true);
    expect(choice.args).not.toContain("--single-process");
  });
});
