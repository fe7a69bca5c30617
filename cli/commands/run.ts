// `garde-fou run WORKFLOW --input FILE.json [--jurisdiction FR|EU|US]`: one run, its result as JSON.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { Jurisdiction } from "../../core/contract.js";
import { InvalidInputError } from "../../core/errors.js";
import { startRun } from "../../graphs/runner.js";
import type { Runtime } from "../../runtime/index.js";
import { type CliIo, EXIT } from "../io.js";
import type { ServerClient } from "../server-client.js";

export async function runCommand(
  args: string[],
  io: CliIo,
  openRuntime: () => Promise<Runtime>,
  server?: ServerClient,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { input: { type: "string", short: "i" }, jurisdiction: { type: "string", short: "j" } },
  });
  const workflow = positionals[0];
  if (!workflow || !values.input)
    throw new InvalidInputError("usage: garde-fou run WORKFLOW --input FILE.json");
  const raw = values.input === "-" ? await readStdin(io.stdin) : await readFile(values.input, "utf8");
  let input: unknown;
  try {
    input = JSON.parse(raw);
  } catch {
    throw new InvalidInputError(`--input: ${values.input} is not valid JSON`);
  }
  const jurisdiction = values.jurisdiction ? Jurisdiction.safeParse(values.jurisdiction) : undefined;
  if (jurisdiction && !jurisdiction.success)
    throw new InvalidInputError("--jurisdiction: must be FR, EU or US");
  const request = { workflow, input, ...(jurisdiction?.data ? { jurisdiction: jurisdiction.data } : {}) };
  if (server) {
    // The server that holds the embedded directory runs it: same graphs, same guards, same answer.
    const result = await server.request<{ status: string }>("POST", "/v1/runs", request);
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return result.status === "failed" ? EXIT.failed : EXIT.ok;
  }
  const runtime = await openRuntime();
  try {
    const result = await startRun(runtime.runs, request);
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return result.status === "failed" ? EXIT.failed : EXIT.ok;
  } finally {
    await runtime.close();
  }
}

export async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}
