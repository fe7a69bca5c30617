// What a request may carry, checked before any route sees it, so that no input reaches PostgreSQL, a guard
// or a graph in a shape that makes it fail with a 5xx: a body too large (413), JSON nested too deep, a text
// longer than its endpoint accepts, a null byte or a lone surrogate (PostgreSQL refuses both in text and
// jsonb), a malformed percent-encoding in the path. Each is a 400 that names the field.
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { InvalidInputError } from "../../core/errors.js";
import { errorBody } from "../errors.js";

export interface TextLimit {
  method: "POST" | "*";
  path: RegExp;
  /** Longest single string anywhere in the body, in UTF-16 code units. */
  maxChars: number;
}

/**
 * Per endpoint, the longest text accepted. The workflows' own input schemas say more precisely what each
 * field may hold; this bound holds for every string of the body, so that no detector is ever handed more.
 */
export const TEXT_LIMITS: readonly TextLimit[] = [
  // One text to check: a long job ad or CV is under 20,000 characters; 100,000 leaves room for a document.
  { method: "POST", path: /^\/v1\/guard\/?$/, maxChars: 100_000 },
  // Workflow inputs: the largest field a schema accepts is a 50,000-character document or CV.
  { method: "POST", path: /^\/v1\/runs\/?$/, maxChars: 50_000 },
  { method: "POST", path: /^\/v1\/runs\/batch\/?$/, maxChars: 50_000 },
  // A reviewer's corrected output replaces a draft whose texts came from the inputs above.
  { method: "POST", path: /^\/v1\/review\/[^/]+\/decision\/?$/, maxChars: 50_000 },
  { method: "POST", path: /^\/ui\/runs\/[^/]+\/decision\/?$/, maxChars: 50_000 },
  // An eval run stored through the server (`garde-fou eval --db`): case outputs are drafts of the above.
  { method: "POST", path: /^\/v1\/evals\/?$/, maxChars: 100_000 },
  // Names, keys, reasons: short by nature.
  { method: "*", path: /^\/(v1\/keys|ui\/login)(\/|$)/, maxChars: 1_000 },
];
const DEFAULT_MAX_CHARS = 10_000;

export function maxCharsFor(method: string, path: string): number {
  return (
    TEXT_LIMITS.find((l) => (l.method === "*" || l.method === method) && l.path.test(path))?.maxChars ??
    DEFAULT_MAX_CHARS
  );
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string may not be stored or checked, or null when it may. Linear in the string. */
export function textProblem(text: string, maxChars: number): string | null {
  if (text.length > maxChars)
    return `is ${text.length.toLocaleString("en")} characters long; this endpoint accepts at most ${maxChars.toLocaleString("en")}`;
  const nul = text.indexOf("\u0000");
  if (nul >= 0) return `contains a null byte (U+0000) at character ${nul}`;
  const lone = LONE_SURROGATE.exec(text);
  if (lone)
    return `contains a lone surrogate (U+${lone[0].charCodeAt(0).toString(16).toUpperCase()}) at character ${lone.index}: not valid Unicode`;
  return null;
}

export interface ValueLimits {
  maxDepth: number;
  maxChars: number;
}

interface Visit {
  value: unknown;
  key: string;
  parent: Visit | null;
  /** The root object is depth 1: {"a": {"b": 1}} is 2 deep. */
  depth: number;
}

/** The field's dotted path, built only when a problem is reported (first `limit` segments). */
function pathOf(visit: Visit, limit = Number.POSITIVE_INFINITY): string {
  const keys: string[] = [];
  for (let v: Visit | null = visit; v; v = v.parent) keys.push(v.key);
  keys.reverse();
  return keys.length > limit ? `${keys.slice(0, limit).join(".")}…` : keys.join(".");
}

/**
 * Walks a parsed JSON value without recursion (a 100,000-deep value must not overflow this check) and
 * throws a 400 naming the first field that breaks a limit: its depth, or one of its strings (keys included).
 */
export function checkValue(root: unknown, target: string, limits: ValueLimits): void {
  const stack: Visit[] = [{ value: root, key: target, parent: null, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value } = item;
    if (typeof value === "string") {
      const problem = textProblem(value, limits.maxChars);
      if (problem) throw new InvalidInputError(`${pathOf(item)}: ${problem}`, { field: pathOf(item) });
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    const depth = item.depth + 1;
    if (depth > limits.maxDepth) {
      const field = pathOf(item, 4);
      throw new InvalidInputError(`${field}: nested deeper than ${limits.maxDepth} levels`, {
        field: field.replace(/…$/, ""),
        maxDepth: limits.maxDepth,
      });
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++)
        stack.push({ value: value[i], key: String(i), parent: item, depth });
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      const keyProblem = textProblem(key, limits.maxChars);
      if (keyProblem)
        throw new InvalidInputError(`${pathOf(item)}: a field name ${keyProblem}`, { field: pathOf(item) });
      stack.push({ value: child, key, parent: item, depth });
    }
  }
}

/** Path segments and query values, decoded, with the same checks as the body's texts. */
export function checkUrl(url: string, maxChars: number): void {
  const parsed = new URL(url);
  for (const segment of parsed.pathname.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      throw new InvalidInputError(`path: "${segment.slice(0, 40)}" is not valid percent-encoded UTF-8`, {
        field: "path",
      });
    }
    const problem = textProblem(decoded, maxChars);
    if (problem) throw new InvalidInputError(`path: a segment ${problem}`, { field: "path" });
  }
  for (const [name, value] of parsed.searchParams) {
    const problem = textProblem(name, maxChars) ?? textProblem(value, maxChars);
    if (problem) throw new InvalidInputError(`query.${name}: ${problem}`, { field: `query.${name}` });
  }
}

export interface InputLimitOptions {
  maxBodyBytes: number;
  maxDepth: number;
}

/**
 * The size limit. Hono's bodyLimit trusts a Content-Length (Node's parser enforces it) and otherwise counts
 * the streamed chunks, stopping at the limit: a 600 MB upload is never held in memory.
 */
export function limitBodySize(options: Pick<InputLimitOptions, "maxBodyBytes">): MiddlewareHandler {
  return bodyLimit({
    maxSize: options.maxBodyBytes,
    onError: (c) =>
      c.json(
        errorBody(
          "invalid_input",
          `the request body is larger than the limit of ${options.maxBodyBytes.toLocaleString("en")} bytes (MAX_BODY_BYTES)`,
          { maxBytes: options.maxBodyBytes },
        ),
        413,
      ),
  });
}

const isJson = (type: string | undefined) => /^application\/([\w.+-]*\+)?json\b/i.test(type ?? "");
const isForm = (type: string | undefined) =>
  /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type ?? "");

/**
 * The content checks. The parsed body is left in Hono's request cache, so the route's validator reads the
 * same text without a second read of the stream.
 */
export function checkInput(options: Pick<InputLimitOptions, "maxDepth">): MiddlewareHandler {
  return async (c, next) => {
    const maxChars = maxCharsFor(c.req.method, c.req.path);
    checkUrl(c.req.url, maxChars);
    if (c.req.raw.body && c.req.method !== "GET" && c.req.method !== "HEAD") {
      const type = c.req.header("content-type");
      const limits = { maxDepth: options.maxDepth, maxChars };
      if (isJson(type)) {
        let body: unknown;
        try {
          body = await c.req.json();
        } catch {
          throw new InvalidInputError("body: not valid JSON", { field: "body" });
        }
        checkValue(body, "body", limits);
      } else if (isForm(type)) {
        const form = await c.req.parseBody({ all: true });
        const values = Object.fromEntries(
          Object.entries(form).map(([k, v]) => [k, Array.isArray(v) ? v.filter(isText) : isText(v) ? v : ""]),
        );
        checkValue(values, "form", limits);
      }
    }
    await next();
  };
}

const isText = (v: unknown): v is string => typeof v === "string";
