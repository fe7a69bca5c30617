import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromRoot } from "./paths.js";
import { describeSettings, loadSettings, SETTING_NAMES } from "./settings.js";

describe("settings", () => {
  it("defaults to the embedded database and the offline engine", () => {
    const s = loadSettings({});
    expect(s.PORT).toBe(8787);
    expect(s.MODEL_PROVIDER).toBe("offline");
    expect(s.DATABASE_URL).toBeUndefined();
  });

  it("names the variable that is wrong", () => {
    expect(() => loadSettings({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => loadSettings({ MODEL_PROVIDER: "gemini" })).toThrow(/MODEL_PROVIDER/);
    expect(() => loadSettings({ MODEL_PROVIDER: "mistral" })).toThrow(/MISTRAL_API_KEY/);
    expect(() => loadSettings({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
  });

  it("never shows a secret when described", () => {
    const s = loadSettings({ MODEL_PROVIDER: "openai", OPENAI_API_KEY: "sk-very-secret" });
    expect(JSON.stringify(describeSettings(s))).not.toContain("sk-very-secret");
  });

  it("is documented in full in the README's settings table", () => {
    const readme = readFileSync(fromRoot("README.md"), "utf8");
    for (const name of SETTING_NAMES) expect(readme, name).toContain(`| \`${name}\``);
  });
});
