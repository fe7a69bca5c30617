// Which runs this process is driving, and the heartbeat that keeps their leases alive. A run this process
// stopped driving without ending it (a database error at the wrong moment) is no longer renewed, so its
// lease expires and recovery takes it: no run stays `running` while its process lives on.

import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Database } from "../db/client.js";
import { type Lease, renewLeases } from "../db/queries/run-lifecycle.js";

export interface RunLeases extends Lease {
  /** Ids of the runs being driven right now by this process. */
  readonly active: Set<string>;
}

/** Long enough to ride out a slow step between two renewals, short enough for a quick take-over. */
export const DEFAULT_LEASE_SECONDS = 60;

export function createRunLeases(seconds = DEFAULT_LEASE_SECONDS, owner?: string): RunLeases {
  return {
    owner: owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    seconds,
    active: new Set(),
  };
}

/** The leases of this process, for callers that give none (tests, the command line). */
export const processLeases: RunLeases = createRunLeases();

/** Renews the active runs' leases every quarter of a lease; `stop()` ends it. */
export function keepLeases(db: Database, leases: RunLeases, onError: (error: unknown) => void): () => void {
  const timer = setInterval(
    () => {
      renewLeases(db, leases, [...leases.active]).catch(onError);
    },
    Math.max(1000, (leases.seconds * 1000) / 4),
  );
  timer.unref();
  return () => clearInterval(timer);
}
