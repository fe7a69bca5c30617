import { describe, expect, it } from "vitest";
import { chooseChromium } from "./chromium.js";

// The packaged browser itself is launched by review.browser.test.ts (one unpacking to /tmp at a time).
describe("the page tests' Chromium", () => {
  it("uses the system browser where one is installed", async () => {
    // Any existing executable stands for /usr/bin/chromium here: the choice only looks at the path.
    const choice = await chooseChromium(process.execPath, async () => "/never/used");
    expect(choice).toMatchObject({ source: "system", executablePath: process.execPath });
    expect(choice.args).toContain("--headless");
  });

  it("falls back to the browser shipped in the npm package, with flags for a many-page test", async () => {
    const choice = await chooseChromium("/nonexistent/chromium", async () => "/tmp/chromium");
    expect(choice).toMatchObject({ source: "bundled", executablePath: "/tmp/chromium" });
    expect(choice.args).toContain("--headless='shell'");
    expect(choice.args).not.toContain("--single-process");
  });
});
