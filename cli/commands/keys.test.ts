import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findActiveKey, listApiKeys } from "../../db/queries/keys.js";
import type { Runtime } from "../../runtime/index.js";
import { openTestRuntime } from "../../runtime/test-support/runtime.js";
import type { CliIo } from "../io.js";
import { keysCommand } from "./keys.js";

let runtime: Runtime;
beforeAll(async () => {
  runtime = await openTestRuntime();
});
afterAll(() => runtime.close());

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const stdout = new PassThrough();
  const chunks: string[] = [];
  stdout.on("data", (d: Buffer) => chunks.push(d.toString()));
  const io: CliIo = { stdin: new PassThrough(), stdout, stderr: new PassThrough() };
  // The command closes what it opens: hand it the shared runtime with a close that keeps it.
  const code = await keysCommand(args, io, async () => ({ ...runtime, close: async () => {} }));
  return { code, out: chunks.join("") };
}

describe("garde-fou keys", () => {
  it("creates a key shown once and stored hashed, lists it, and revokes it", async () => {
    const created = await run(["create", "--name", "Camille", "--role", "reviewer", "--json"]);
    expect(created.code).toBe(0);
    const { id, key } = JSON.parse(created.out) as { id: string; key: string };
    expect(key).toMatch(/^gf_/);
    const rows = await listApiKeys(runtime.database.db);
    expect(JSON.stringify(rows)).not.toContain(key);
    expect((await findActiveKey(runtime.database.db, key))?.role).toBe("reviewer");
    expect((await run(["list"])).out).toContain("Camille\treviewer");
    expect((await run(["revoke", id])).code).toBe(0);
    expect(await findActiveKey(runtime.database.db, key)).toBeUndefined();
    expect((await run(["list"])).out).toContain("revoked");
  });

  it("refuses a wrong role or a missing name", async () => {
    await expect(run(["create", "--name", "x", "--role", "boss"])).rejects.toThrow(/--role/);
    await expect(run(["create", "--role", "admin"])).rejects.toThrow(/--name/);
    await expect(run(["revoke", "nope"])).rejects.toThrow(/not found/);
  });
});
