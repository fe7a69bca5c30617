// The evidence pages' data, read from the database through the same queries as the API.
import { listOutcomes } from "../../db/queries/screening-outcomes.js";
import { syncScreeningOutcomes } from "../../graphs/screening/audit-outcomes.js";
import type { AppDeps } from "../deps.js";
import { type BiasAudit, biasAudit } from "./bias-audit.js";

export interface AuditWindow {
  from?: Date;
  to?: Date;
}

/** Screenings not copied yet are copied first, so the audit counts every run up to now. */
export async function loadBiasAudit(deps: Pick<AppDeps, "db">, window: AuditWindow = {}): Promise<BiasAudit> {
  await syncScreeningOutcomes(deps.db);
  return biasAudit(await listOutcomes(deps.db, window));
}

/** `from`/`to` as ISO days; `to` includes its whole day. */
export function windowOf(query: { from?: string | undefined; to?: string | undefined }): AuditWindow {
  return {
    ...(query.from ? { from: new Date(`${query.from}T00:00:00Z`) } : {}),
    ...(query.to ? { to: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
  };
}
