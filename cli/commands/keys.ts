// `garde-fou keys create --name N --role R | list | revoke ID`: API keys, from the machine that runs the
// service. A created key is printed once; only its hash is kept.
import { parseArgs } from "node:util";
import { InvalidInputError, NotFoundError } from "../../core/errors.js";
import { appendAudit } from "../../db/queries/audit.js";
import { createApiKey, listApiKeys, ROLES, Role, revokeApiKey } from "../../db/queries/keys.js";
import type { Runtime } from "../../runtime/index.js";
import { type CliIo, EXIT } from "../io.js";
import type { ServerClient } from "../server-client.js";

const USAGE = `usage: garde-fou keys create --name NAME --role ${ROLES.join("|")}
       garde-fou keys list
       garde-fou keys revoke ID`;

/** The command line acts as the machine's operator: that is what the audit log names. */
const CLI_ACTOR = "command line";

interface KeyInfo {
  id: string;
  name: string;
  role: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/** Through the running server: the key counts there at once, and the directory stays its alone. */
async function keysThroughServer(
  server: ServerClient,
  action: "create" | "list" | "revoke",
  arg: { name?: string; role?: string; id?: string },
): Promise<unknown> {
  if (action === "create") return server.request("POST", "/v1/keys", { name: arg.name, role: arg.role });
  if (action === "list") return (await server.request<{ items: KeyInfo[] }>("GET", "/v1/keys")).items;
  return server.request("POST", `/v1/keys/${encodeURIComponent(arg.id ?? "")}/revoke`);
}

export async function keysCommand(
  args: string[],
  io: CliIo,
  openRuntime: () => Promise<Runtime>,
  server?: ServerClient,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      name: { type: "string", short: "n" },
      role: { type: "string", short: "r" },
      json: { type: "boolean" },
    },
  });
  const [action, id] = positionals;
  if (action === "create") {
    const name = values.name?.trim();
    const role = Role.safeParse(values.role);
    if (!name) throw new InvalidInputError(`--name: required\n${USAGE}`);
    if (!role.success) throw new InvalidInputError(`--role: must be one of ${ROLES.join(", ")}\n${USAGE}`);
    if (server) {
      const created = (await keysThroughServer(server, "create", { name, role: role.data })) as KeyInfo & {
        key: string;
      };
      printCreated(io, created, Boolean(values.json));
      return EXIT.ok;
    }
    return withRuntime(openRuntime, async (rt) => {
      const deps = { clock: rt.runs.clock, ids: rt.runs.ids };
      const { key, row } = await createApiKey(rt.database.db, { name, role: role.data }, deps);
      await appendAudit(rt.database.db, {
        id: deps.ids.next(),
        at: deps.clock.now(),
        actor: CLI_ACTOR,
        action: "key.create",
        details: { keyId: row.id, name: row.name, role: row.role },
      });
      printCreated(io, { id: row.id, name, role: row.role, key }, Boolean(values.json));
      return EXIT.ok;
    });
  }
  if (action === "list") {
    if (server) {
      printList(io, (await keysThroughServer(server, "list", {})) as KeyInfo[], Boolean(values.json));
      return EXIT.ok;
    }
    return withRuntime(openRuntime, async (rt) => {
      const rows = (await listApiKeys(rt.database.db)).map((r) => ({
        id: r.id,
        name: r.name,
        role: r.role,
        prefix: r.prefix,
        createdAt: r.createdAt.toISOString(),
        revokedAt: r.revokedAt?.toISOString() ?? null,
        lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
      }));
      printList(io, rows, Boolean(values.json));
      return EXIT.ok;
    });
  }
  if (action === "revoke") {
    if (!id) throw new InvalidInputError(`revoke: which key?\n${USAGE}`);
    if (server) {
      const row = (await keysThroughServer(server, "revoke", { id })) as KeyInfo;
      io.stdout.write(`revoked key ${row.id} (${row.name})\n`);
      return EXIT.ok;
    }
    return withRuntime(openRuntime, async (rt) => {
      const at = rt.runs.clock.now();
      const row = await revokeApiKey(rt.database.db, id, at);
      if (!row) throw new NotFoundError("API key", id);
      await appendAudit(rt.database.db, {
        id: rt.runs.ids.next(),
        at,
        actor: CLI_ACTOR,
        action: "key.revoke",
        details: { keyId: row.id, name: row.name },
      });
      io.stdout.write(`revoked key ${row.id} (${row.name})\n`);
      return EXIT.ok;
    });
  }
  throw new InvalidInputError(USAGE);
}

function printCreated(
  io: CliIo,
  k: { id: string; name: string; role: string; key: string },
  json: boolean,
): void {
  if (json) io.stdout.write(`${JSON.stringify({ id: k.id, name: k.name, role: k.role, key: k.key })}\n`);
  else
    io.stdout.write(
      `created key ${k.id} (${k.name}, ${k.role})\n${k.key}\nStore it now: it is shown only once. From now on every endpoint needs a key.\n`,
    );
}

function printList(io: CliIo, rows: KeyInfo[], json: boolean): void {
  if (json) for (const r of rows) io.stdout.write(`${JSON.stringify(r)}\n`);
  else if (rows.length === 0) io.stdout.write("no API key: the API is open (AUTH_REQUIRED=auto)\n");
  else
    for (const r of rows)
      io.stdout.write(
        `${r.id}\t${r.name}\t${r.role}\t${r.prefix}…\t${r.revokedAt ? `revoked ${r.revokedAt}` : "active"}\t${r.lastUsedAt ? `last used ${r.lastUsedAt}` : "never used"}\n`,
      );
}

async function withRuntime(
  openRuntime: () => Promise<Runtime>,
  work: (rt: Runtime) => Promise<number>,
): Promise<number> {
  const runtime = await openRuntime();
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}
