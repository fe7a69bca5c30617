import { describe, expect, it } from "vitest";
import { ACCESS_RULES, rolesFor } from "./authorize.js";

describe("access rules", () => {
  it("give each endpoint the roles the issue names", () => {
    const roles = (method: string, path: string) => rolesFor(ACCESS_RULES, method, path);
    expect(roles("POST", "/v1/runs")).toEqual(["app"]);
    expect(roles("GET", "/v1/runs")).toEqual(["reviewer", "evaluator"]);
    expect(roles("GET", "/v1/runs/r1")).toContain("app");
    expect(roles("GET", "/v1/runs/r1/trace")).not.toContain("app");
    expect(roles("POST", "/v1/guard")).toEqual(["app"]);
    expect(roles("POST", "/v1/review/r1/decision")).toEqual(["reviewer"]);
    expect(roles("GET", "/v1/evals/runs")).toEqual(["evaluator"]);
    expect(roles("GET", "/v1/keys")).toEqual(["admin"]);
    expect(roles("GET", "/ui/queue")).toEqual(["reviewer"]);
  });

  it("leave paths no rule names to administrators", () => {
    expect(rolesFor(ACCESS_RULES, "DELETE", "/v1/runs/r1")).toEqual([]);
    expect(rolesFor(ACCESS_RULES, "GET", "/v1/something-new")).toEqual([]);
  });
});
