// Who is calling: set by the authenticate middleware, read by handlers and the audit log.
import type { Context } from "hono";
import type { Role } from "../../db/queries/keys.js";

export interface Principal {
  /** null while the API is open (no key exists yet). */
  keyId: string | null;
  name: string;
  role: Role;
  /** The command line on this machine, with the server's local admin token (may manage keys). */
  local?: true;
}

export type AuthEnv = { Variables: { principal: Principal } };

declare module "hono" {
  interface ContextVariableMap {
    principal: Principal;
  }
}

/** While no key exists the API is open and whoever calls acts as an administrator. */
export const OPEN_PRINCIPAL: Principal = { keyId: null, name: "anonymous (open mode)", role: "admin" };

/** What the audit log names as the actor: the key's name and id. */
export function actorOf(p: Principal): string {
  return p.keyId ? `${p.name} (${p.keyId})` : p.name;
}

export function principalOf(c: Context): Principal {
  return c.get("principal") ?? OPEN_PRINCIPAL;
}
