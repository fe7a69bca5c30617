// Every endpoint's role, in one table an auditor can read. A path no rule names is for administrators.
import type { MiddlewareHandler } from "hono";
import type { Role } from "../../db/queries/keys.js";
import { ForbiddenError, KeysNeedAKeyError } from "./auth-errors.js";
import { type AuthEnv, principalOf } from "./principal.js";

export interface AccessRule {
  method: "GET" | "POST" | "*";
  path: RegExp;
  roles: readonly Role[];
}

export const ACCESS_RULES: readonly AccessRule[] = [
  { method: "POST", path: /^\/v1\/runs\/?$/, roles: ["app"] },
  { method: "GET", path: /^\/v1\/runs\/?$/, roles: ["reviewer", "evaluator"] },
  // App keys read only the runs they started (server/middleware/run-ownership.ts).
  { method: "GET", path: /^\/v1\/runs\/[^/]+\/?$/, roles: ["app", "reviewer", "evaluator"] },
  { method: "GET", path: /^\/v1\/runs\/[^/]+\/trace\/?$/, roles: ["reviewer", "evaluator"] },
  { method: "POST", path: /^\/v1\/runs\/batch\/?$/, roles: ["app"] },
  // A run's events and a batch's ranking: whoever may read the run (app keys their own only).
  {
    method: "GET",
    path: /^\/v1\/runs\/[^/]+\/(stream|ranking)\/?$/,
    roles: ["app", "reviewer", "evaluator"],
  },
  // Each key's own webhook secret and default URL.
  { method: "*", path: /^\/v1\/webhook\/?$/, roles: ["app"] },
  { method: "POST", path: /^\/v1\/guard\/?$/, roles: ["app"] },
  { method: "*", path: /^\/v1\/review(\/|$)/, roles: ["reviewer"] },
  { method: "GET", path: /^\/v1\/audit\/?$/, roles: ["reviewer"] },
  // The deployer's evidence: aggregates and documentation, no candidate data in clear.
  {
    method: "GET",
    path: /^\/v1\/audit\/(bias|bias\.csv|counterfactual)\/?$/,
    roles: ["reviewer", "evaluator"],
  },
  { method: "POST", path: /^\/v1\/audit\/counterfactual\/?$/, roles: ["evaluator"] },
  { method: "GET", path: /^\/v1\/(documentation|value)\/?$/, roles: ["reviewer", "evaluator"] },
  // A candidate's explanation: the deployer's app hands it over (its own runs only), reviewers read it.
  {
    method: "GET",
    path: /^\/v1\/runs\/[^/]+\/candidates\/[^/]+\/explanation\/?$/,
    roles: ["app", "reviewer", "evaluator"],
  },
  {
    method: "GET",
    path: /^\/ui\/(audit\/bias|audit\/bias\.csv|documentation|value)\/?$/,
    roles: ["reviewer", "evaluator"],
  },
  { method: "POST", path: /^\/ui\/audit\/counterfactual\/?$/, roles: ["evaluator"] },
  { method: "GET", path: /^\/v1\/dashboard\/?$/, roles: ["reviewer", "evaluator"] },
  { method: "*", path: /^\/v1\/evals(\/|$)/, roles: ["evaluator"] },
  { method: "*", path: /^\/v1\/keys(\/|$)/, roles: ["admin"] },
  { method: "GET", path: /^\/ui\/dashboard\/?$/, roles: ["reviewer", "evaluator"] },
  { method: "*", path: /^\/ui\/logout\/?$/, roles: ["app", "reviewer", "evaluator"] },
  { method: "*", path: /^\/ui(\/|$)/, roles: ["reviewer"] },
];

const KEYS_PATH = /^\/v1\/keys(\/|$)/;

export function rolesFor(rules: readonly AccessRule[], method: string, path: string): readonly Role[] {
  const rule = rules.find((r) => (r.method === "*" || r.method === method) && r.path.test(path));
  return rule?.roles ?? [];
}

export interface AuthorizeOptions {
  rules?: readonly AccessRule[];
  isPublic(path: string): boolean;
}

export function authorize(options: AuthorizeOptions): MiddlewareHandler<AuthEnv> {
  const rules = options.rules ?? ACCESS_RULES;
  return async (c, next) => {
    if (options.isPublic(c.req.path)) return next();
    const { role, keyId, local } = principalOf(c);
    // The anonymous operator of open mode may do everything but make keys: whoever reached the API first
    // would otherwise own it. The first key comes from the command line (directly, or through the
    // server's local admin token when a server holds the embedded directory).
    if (keyId === null && !local && KEYS_PATH.test(c.req.path)) throw new KeysNeedAKeyError();
    // HEAD is answered like GET by Hono.
    const method = c.req.method === "HEAD" ? "GET" : c.req.method;
    const allowed = rolesFor(rules, method, c.req.path);
    if (role !== "admin" && !allowed.includes(role)) throw new ForbiddenError(role, ["admin", ...allowed]);
    return next();
  };
}
