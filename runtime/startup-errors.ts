// The one place that turns a failure to open the database into a message naming the cause and the fix
// (never a stack trace, never the password). Known failures are data: each entry has an example shaped like
// the error the driver really throws, checked by startup-errors.test.ts.
import { GardeFouError } from "../core/errors.js";

/** What can be read off a driver error (and its causes) without quoting a query's parameters. */
export interface ErrorFacts {
  /** PostgreSQL's SQLSTATE (postgres.js PostgresError.code). */
  sqlstate?: string;
  /** A Node system error code (ECONNREFUSED…) or postgres.js's own (CONNECT_TIMEOUT). */
  system?: string;
  /** The innermost message (PostgreSQL's own text: names relations and roles, never row values). */
  message: string;
  /** Drizzle's "Failed query: …" when the failure came from a migration statement. */
  query?: string;
}

export interface Where {
  /** "PostgreSQL at HOST:PORT/DB as USER" or "the embedded database in DIR". */
  target: string;
  embeddedDir?: string;
}

export interface KnownStartupError {
  id: string;
  matches(f: ErrorFacts): boolean;
  explain(f: ErrorFacts, where: Where): string;
  /** An error shaped like the real one (see the test), to keep this entry honest. */
  example: ErrorFacts;
}

const RESTORE_OR_FRESH = (dir: string) =>
  `restore ${dir} from a backup and start again; or move it away and start with PGLITE_START_FRESH=true to begin with a new, empty database`;

export const STARTUP_ERRORS: readonly KnownStartupError[] = [
  {
    id: "vector-needs-superuser",
    matches: (f) => f.sqlstate === "42501" && /extension "?vector"?/.test(f.message),
    explain: (_f, w) =>
      `CREATE EXTENSION vector needs a superuser, and the user of ${w.target} is not one: run "CREATE EXTENSION IF NOT EXISTS vector;" once in that database as a superuser (e.g. psql -U postgres -d DBNAME), then start again`,
    example: {
      sqlstate: "42501",
      message: 'permission denied to create extension "vector"',
      query: "CREATE EXTENSION IF NOT EXISTS vector;",
    },
  },
  {
    id: "vector-not-installed",
    matches: (f) => (f.sqlstate === "0A000" || f.sqlstate === "58P01") && /vector/.test(f.message),
    explain: (_f, w) =>
      `the pgvector extension is not installed on the server of ${w.target}: install pgvector (0.8.0 builds from ../shared/vendor, see its README), then start again`,
    example: { sqlstate: "0A000", message: 'extension "vector" is not available' },
  },
  {
    id: "connection-refused",
    matches: (f) => f.system === "ECONNREFUSED",
    explain: (_f, w) =>
      `nothing accepts connections for ${w.target} (connection refused): start PostgreSQL there, or fix the host and port in DATABASE_URL`,
    example: { system: "ECONNREFUSED", message: "connect ECONNREFUSED 127.0.0.1:5499" },
  },
  {
    id: "host-unknown",
    matches: (f) => f.system === "ENOTFOUND" || f.system === "EAI_AGAIN",
    explain: (_f, w) => `the host of ${w.target} cannot be resolved: fix the host name in DATABASE_URL`,
    example: { system: "ENOTFOUND", message: "getaddrinfo ENOTFOUND db.invalid" },
  },
  {
    id: "connection-timeout",
    matches: (f) => f.system === "CONNECT_TIMEOUT" || f.system === "ETIMEDOUT",
    explain: (_f, w) =>
      `${w.target} did not answer within 10 s: check that the server runs and that a firewall lets this machine reach it`,
    example: { system: "CONNECT_TIMEOUT", message: "write CONNECT_TIMEOUT 10.0.0.1:5432" },
  },
  {
    id: "authentication-failed",
    matches: (f) => f.sqlstate === "28P01",
    explain: (_f, w) =>
      `PostgreSQL refused the password for ${w.target}: fix the user or password in DATABASE_URL`,
    example: { sqlstate: "28P01", message: 'password authentication failed for user "gf"' },
  },
  {
    id: "role-refused",
    matches: (f) => f.sqlstate === "28000",
    explain: (f, w) =>
      `PostgreSQL refused the connection for ${w.target} (${f.message}): create that role, fix the user in DATABASE_URL, or allow this host in pg_hba.conf`,
    example: { sqlstate: "28000", message: 'role "nosuchuser" does not exist' },
  },
  {
    id: "database-missing",
    matches: (f) => f.sqlstate === "3D000",
    explain: (_f, w) =>
      `the database of ${w.target} does not exist: create it (createdb, or CREATE DATABASE as its owner), then start again`,
    example: { sqlstate: "3D000", message: 'database "nosuchdb" does not exist' },
  },
  {
    id: "pglite-unreadable",
    matches: (f) => /PGlite failed to initialize|^Aborted\(/.test(f.message),
    explain: (_f, w) =>
      `${w.target} cannot be read: it is damaged (a disk problem, a copy taken while it was written, or two processes writing at once). ${RESTORE_OR_FRESH(w.embeddedDir ?? "the directory")}`,
    example: { message: "PGlite failed to initialize properly" },
  },
  {
    id: "migration-failed",
    matches: (f) => f.query !== undefined && f.sqlstate !== undefined,
    explain: (f, w) =>
      `a migration failed on ${w.target} (SQLSTATE ${f.sqlstate}: ${f.message}): the database holds tables garde-fou did not create, or a migration was half applied by hand. Start on an empty database, or restore a backup taken with this version`,
    example: {
      sqlstate: "42P07",
      message: 'relation "runs" already exists',
      query: 'CREATE TABLE "runs" (…)',
    },
  },
];

export class StartupError extends GardeFouError {
  override readonly name = "StartupError";
  constructor(
    message: string,
    readonly known: string | null,
    options?: { cause?: unknown },
  ) {
    super("configuration", message, known ? { cause: known } : undefined, options);
  }
}

interface Erroneous {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** Walks the cause chain (and AggregateError's errors) for the driver's own error. */
export function factsOf(error: unknown): ErrorFacts {
  const facts: ErrorFacts = { message: "" };
  const seen = new Set<unknown>();
  const visit = (e: unknown, depth: number) => {
    if (!e || typeof e !== "object" || seen.has(e) || depth > 6) return;
    seen.add(e);
    const { code, message, cause, errors } = e as Erroneous;
    const text = typeof message === "string" ? message : "";
    const failedQuery = /^Failed query: ([^\n]*)/.exec(text);
    if (failedQuery) facts.query = failedQuery[1] ?? "";
    else if (text) facts.message = text.split("\n")[0] ?? text;
    if (typeof code === "string") {
      if (/^[0-9A-Z]{5}$/.test(code) && /\d/.test(code)) facts.sqlstate = code;
      else facts.system = code;
    }
    if (Array.isArray(errors)) for (const inner of errors) visit(inner, depth + 1);
    visit(cause, depth + 1);
  };
  visit(error, 0);
  return facts;
}

/** Where the database is, for messages: never the password. */
export function describeTarget(databaseUrl: string | undefined, pgliteDir: string): Where {
  if (!databaseUrl) return { target: `the embedded database in ${pgliteDir}`, embeddedDir: pgliteDir };
  try {
    const u = new URL(databaseUrl);
    const user = u.username ? ` as ${decodeURIComponent(u.username)}` : "";
    return { target: `PostgreSQL at ${u.hostname}:${u.port || "5432"}${u.pathname}${user}` };
  } catch {
    return { target: "the PostgreSQL server of DATABASE_URL" };
  }
}

export function explainStartupError(error: unknown, where: Where): StartupError {
  if (error instanceof GardeFouError && !(error instanceof StartupError) && error.code === "configuration")
    return new StartupError(error.message, null, { cause: error });
  const facts = factsOf(error);
  const known = STARTUP_ERRORS.find((k) => k.matches(facts));
  if (known) return new StartupError(known.explain(facts, where), known.id, { cause: error });
  const said = [facts.sqlstate && `SQLSTATE ${facts.sqlstate}`, facts.system, facts.message]
    .filter(Boolean)
    .join(": ");
  return new StartupError(
    `${where.target} could not be opened (${said || (error instanceof Error ? error.name : "unknown error")}); check DATABASE_URL or PGLITE_DIR, and the README's Settings`,
    null,
    { cause: error },
  );
}
