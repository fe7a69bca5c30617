// `garde-fou keys create --name N --role R | list | revoke ID`: API keys, from the machine that runs the
// service. A created key is printed once; only its hash is kept.
import { parseArgs } from "node:util";
import { InvalidInputError, NotFoundError } from "../../core/errors.js";
import { appendAudit } from "../../db/queries/audit.js";
import { createApiKey, listApiKeys, ROLES, Role, revokeApiKey } from "../../db/queries/keys.js";
import type { Runtime } from "../../runtime/index.js";
import { type CliIo, EXIT } from "../io.js";

const USAGE = `usage: garde-fou keys create --name NAME --role ${ROLES.join("|")}
       garde-fou keys list
       garde-fou keys revoke ID`;

/** The command line acts as the machine's operator: that is what the audit log names. */
const CLI_ACTOR = "command line";

export async function keysCommand(
  args: string[],
  io: CliIo,
  openRuntime: () => Promise<Runtime>,
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
      if (values.json) io.stdout.write(`${JSON.stringify({ id: row.id, name, role: row.role, key })}\n`);
      else
        io.stdout.write(
          `created key ${row.id} (${name}, ${row.role})\n${key}\nStore it now: it is shown only once. From now on every endpoint needs a key.\n`,
        );
      return EXIT.ok;
    });
  }
  if (action === "list") {
    return withRuntime(openRuntime, async (rt) => {
      const rows = await listApiKeys(rt.database.db);
      if (values.json) {
        for (const r of rows)
          io.stdout.write(
            `${JSON.stringify({ id: r.id, name: r.name, role: r.role, prefix: r.prefix, createdAt: r.createdAt, revokedAt: r.revokedAt, lastUsedAt: r.lastUsedAt })}\n`,
          );
      } else if (rows.length === 0) io.stdout.write("no API key: the API is open (AUTH_REQUIRED=auto)\n");
      else
        for (const r of rows)
          io.stdout.write(
            `${r.id}\t${r.name}\t${r.role}\t${r.prefix}…\t${r.revokedAt ? `revoked ${r.revokedAt.toISOString()}` : "active"}\t${r.lastUsedAt ? `last used ${r.lastUsedAt.toISOString()}` : "never used"}\n`,
          );
      return EXIT.ok;
    });
  }
  if (action === "revoke") {
    if (!id) throw new InvalidInputError(`revoke: which key?\n${USAGE}`);
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
