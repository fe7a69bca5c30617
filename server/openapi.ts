// The OpenAPI document: the routes' own declarations (each workflow's request and answer come from its
// schemas, see schemas.ts), plus the errors the middleware gives every route. Those are written here once,
// from the same tables the middleware reads (who may call what: ACCESS_RULES), rather than in each route:
// a route declares only the errors of its own (a run that is not waiting, an id already taken).
import type { OpenAPIHono } from "@hono/zod-openapi";
import { ACCESS_RULES, rolesFor } from "./middleware/authorize.js";

type Document = ReturnType<OpenAPIHono["getOpenAPI31Document"]>;
type Operation = NonNullable<NonNullable<Document["paths"]>[string]["get"]>;

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

interface OperationFacts {
  method: string;
  path: string;
  isPublic: boolean;
  hasBody: boolean;
  jsonBody: boolean;
  hasPathParams: boolean;
}

interface CommonError {
  status: string;
  applies(op: OperationFacts): boolean;
  description(op: OperationFacts): string;
}

/** The path with each `{param}` filled, to ask the access table about it. */
const concretePath = (path: string) => path.replace(/\{[^}]+\}/g, "x");

const COMMON_ERRORS: readonly CommonError[] = [
  {
    status: "400",
    applies: () => true,
    description: () =>
      "`invalid_input`: a body field, query parameter, header or path segment the API refuses (missing, of the wrong type, too long, nested too deep, a null byte, malformed JSON); the message and `error.details.field` name it",
  },
  {
    status: "401",
    applies: (op) => !op.isPublic,
    description: () =>
      "`unauthorized`: no API key, or an unknown or revoked one (`Authorization: Bearer gf_…` or `x-api-key`); while no key exists, a client that is not on this machine",
  },
  {
    status: "403",
    applies: (op) => !op.isPublic,
    description: (op) => {
      const roles = ["admin", ...rolesFor(ACCESS_RULES, op.method.toUpperCase(), concretePath(op.path))];
      return `\`forbidden\`: the key's role may not do this; allowed: ${roles.join(", ")}`;
    },
  },
  {
    status: "404",
    applies: (op) => op.hasPathParams,
    description: () =>
      "`not_found`: nothing has this id (an app key also gets it for a run another key started)",
  },
  {
    status: "413",
    applies: (op) => op.hasBody,
    description: () => "`invalid_input`: the body is larger than MAX_BODY_BYTES (`error.details.maxBytes`)",
  },
  {
    status: "415",
    applies: (op) => op.jsonBody,
    description: () => "`invalid_input`: the body is not sent with one of the declared content types",
  },
  {
    status: "500",
    applies: () => true,
    description: () =>
      "`internal` or `configuration`: an unexpected failure; what happened is in the server's log, never in the answer",
  },
];

const errorContent = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } };

function factsOf(method: string, path: string, op: Operation, isPublic: (path: string) => boolean) {
  const body = op.requestBody && "content" in op.requestBody ? op.requestBody.content : undefined;
  const types = Object.keys(body ?? {});
  return {
    method,
    path,
    isPublic: isPublic(path),
    hasBody: types.length > 0,
    jsonBody: types.some((t) => /json/.test(t)),
    hasPathParams: /\{[^}]+\}/.test(path),
  };
}

/** Adds the middleware's errors to every operation that can get them, keeping what a route declared. */
export function withCommonErrors(document: Document, isPublic: (path: string) => boolean): Document {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const facts = factsOf(method, path, op, isPublic);
      const responses = op.responses ?? {};
      for (const error of COMMON_ERRORS) {
        if (!error.applies(facts) || responses[error.status]) continue;
        responses[error.status] = { description: error.description(facts), content: errorContent };
      }
      op.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
      if (facts.isPublic) op.security = [];
    }
  }
  return document;
}
