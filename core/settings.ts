// The only module that reads the environment. Every setting is listed here with its default; the README's
// settings table is checked against this list by a test.
import { z } from "zod";
import { JUDGE_MODES } from "./contract.js";
import { ConfigurationError } from "./errors.js";

const PROVIDERS = ["offline", "mistral", "openai", "ollama"] as const;
const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
const AUTH_MODES = ["auto", "true"] as const;
/** What `garde-fou eval` does with cases that failed in the baseline too (they are listed either way). */
export const KNOWN_FAILURE_POLICIES = ["show", "fail"] as const;
export type KnownFailurePolicy = (typeof KNOWN_FAILURE_POLICIES)[number];

const intFrom = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().min(1).optional());
const optionalUrl = z.preprocess(emptyAsUndefined, z.url().optional());

export const SETTINGS = {
  PORT: { schema: intFrom(0, 65535).default(8787), meaning: "HTTP port of the API." },
  HOST: { schema: z.string().min(1).default("127.0.0.1"), meaning: "Interface the API listens on." },
  DATABASE_URL: {
    schema: optionalUrl,
    meaning: "PostgreSQL (with pgvector) connection URL. Unset: embedded PGlite in PGLITE_DIR.",
  },
  PGLITE_DIR: {
    schema: z.string().min(1).default(".garde-fou/pgdata"),
    meaning: "Directory of the embedded PGlite database (kept across restarts). `memory://` keeps nothing.",
  },
  PGLITE_START_FRESH: {
    schema: z
      .preprocess(emptyAsUndefined, z.enum(["false", "true"]).default("false"))
      .transform((v) => v === "true"),
    meaning:
      "true: a PGLITE_DIR that held a database and was deleted or emptied starts over with a new, empty one (otherwise start-up stops with an error). Set it once, then remove it.",
  },
  MODEL_PROVIDER: {
    schema: z.preprocess(emptyAsUndefined, z.enum(PROVIDERS).default("offline")),
    meaning:
      "offline (deterministic, no network), mistral, openai (or any OpenAI-compatible endpoint) or ollama.",
  },
  MISTRAL_API_KEY: {
    schema: optionalString,
    meaning: "Mistral API key (required with MODEL_PROVIDER=mistral).",
  },
  MISTRAL_BASE_URL: { schema: optionalUrl, meaning: "Mistral endpoint; unset: the official one." },
  MISTRAL_MODEL: {
    schema: z.string().min(1).default("mistral-small-latest"),
    meaning: "Mistral chat model.",
  },
  MISTRAL_EMBEDDING_MODEL: {
    schema: z.string().min(1).default("mistral-embed"),
    meaning: "Mistral embedding model.",
  },
  OPENAI_API_KEY: {
    schema: optionalString,
    meaning: "OpenAI API key (required with MODEL_PROVIDER=openai).",
  },
  OPENAI_BASE_URL: {
    schema: optionalUrl,
    meaning: "OpenAI-compatible endpoint (Azure, vLLM, LiteLLM…); unset: the official one.",
  },
  OPENAI_MODEL: { schema: z.string().min(1).default("gpt-4o-mini"), meaning: "OpenAI chat model." },
  OPENAI_EMBEDDING_MODEL: {
    schema: z.string().min(1).default("text-embedding-3-small"),
    meaning: "OpenAI embedding model.",
  },
  OLLAMA_BASE_URL: { schema: z.url().default("http://127.0.0.1:11434"), meaning: "Ollama server." },
  OLLAMA_MODEL: { schema: z.string().min(1).default("llama3.1"), meaning: "Ollama chat model." },
  OLLAMA_EMBEDDING_MODEL: {
    schema: z.string().min(1).default("nomic-embed-text"),
    meaning: "Ollama embedding model.",
  },
  MODEL_TIMEOUT_MS: { schema: intFrom(100, 600_000).default(30_000), meaning: "Timeout of one model call." },
  MODEL_MAX_RETRIES: {
    schema: intFrom(0, 5).default(2),
    meaning: "Retries of a model call after a 429, a 5xx or a timeout (backoff doubles from 500 ms).",
  },
  JUDGE_MODE: {
    schema: z.enum(JUDGE_MODES).default("auto"),
    meaning: "When guards consult the model judge: auto (where detectors are unsure), always, never.",
  },
  MAX_REVISIONS: { schema: intFrom(0, 5).default(2), meaning: "Rewrites a worker may make before review." },
  AUTH_REQUIRED: {
    schema: z.preprocess(emptyAsUndefined, z.enum(AUTH_MODES).default("auto")),
    meaning:
      "auto: the API is open to loopback clients only until the first API key is created (`garde-fou keys create`), then every endpoint needs a key; true: a key is always needed.",
  },
  CANDIDATE_RETENTION_DAYS: {
    schema: intFrom(1, 730).default(30),
    meaning:
      "Days after a screening, document check or summary ends before its candidate input, embeddings and checkpoints are purged (CNIL: no longer than needed; at most 2 years with the candidate's agreement).",
  },
  LOG_RETENTION_DAYS: {
    schema: intFrom(183, 3650).default(183),
    meaning:
      "Days the decision log is kept after a run ends (AI Act art. 26: at least six months, so 183 is the floor): the run, its masked trace, findings, decisions, audit entries and screening scores, never the CVs (those go after CANDIDATE_RETENTION_DAYS). Then the run and its log are deleted.",
  },
  VALUE_BASELINE_MINUTES: {
    schema: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^[a-z_]+=\d+(\.\d+)?(,[a-z_]+=\d+(\.\d+)?)*$/, "workflow=minutes pairs, comma-separated")
        .optional(),
    ),
    meaning:
      "The value page's baseline: minutes a recruiter spends on one task without the tool, per workflow (e.g. screening=45,ad_writing=30). Unset: no time-saved estimate is shown.",
  },
  VALUE_REVIEW_MINUTES: {
    schema: intFrom(0, 600).default(5),
    meaning:
      "The value page: minutes a person spends reviewing one run the guards sent to review (subtracted from the time saved).",
  },
  REVIEW_CLAIM_MINUTES: {
    schema: intFrom(1, 24 * 60).default(15),
    meaning:
      "How long a reviewer's claim on a queue item lasts (taken, assigned, or renewed by opening it); meanwhile another reviewer's decision on it is refused with 409.",
  },
  SESSION_TTL_HOURS: {
    schema: intFrom(1, 24 * 30).default(8),
    meaning:
      "How long a reviewer's login to the pages lasts (a session id in an HttpOnly cookie, revoked at logout).",
  },
  TRUST_PROXY: {
    schema: z
      .preprocess(emptyAsUndefined, z.enum(["false", "true"]).default("false"))
      .transform((v) => v === "true"),
    meaning:
      "true only behind a reverse proxy you run: then X-Forwarded-Proto says whether the request came over HTTPS (for the cookie's Secure flag).",
  },
  MAX_BODY_BYTES: {
    schema: intFrom(1_024, 100 * 1024 * 1024).default(5 * 1024 * 1024),
    meaning:
      "Largest request body accepted, in bytes; a larger one is refused with 413 before it is read in full.",
  },
  MAX_JSON_DEPTH: {
    schema: intFrom(4, 256).default(32),
    meaning: "Deepest nesting of objects and arrays accepted in a JSON body (a deeper one is a 400).",
  },
  LOG_LEVEL: { schema: z.enum(LOG_LEVELS).default("info"), meaning: "Log verbosity (logs go to stderr)." },
  SHUTDOWN_TIMEOUT_MS: {
    schema: intFrom(0, 600_000).default(20_000),
    meaning:
      "On SIGTERM or SIGINT: how long runs in flight may take to finish; what is left is handed to the next start (resumed from its checkpoint), then the process exits.",
  },
  RUN_LEASE_SECONDS: {
    schema: intFrom(5, 3_600).default(60),
    meaning:
      "How long a process holds a run it drives without renewing its lease (renewed every quarter of it); a run whose lease expired is taken over by another process.",
  },
  IN_PROCESS_WORKER: {
    schema: z
      .preprocess(emptyAsUndefined, z.enum(["false", "true"]).default("true"))
      .transform((v) => v === "true"),
    meaning:
      "true: the server also runs the queue's workers (background runs, batch chunks, webhooks); false: only `npx garde-fou worker` processes do (several API processes on one PostgreSQL).",
  },
  WORKER_CONCURRENCY: {
    schema: intFrom(1, 64).default(2),
    meaning: "Jobs one worker process (or the server's in-process worker) runs at a time.",
  },
  JOB_EXPIRE_SECONDS: {
    schema: intFrom(10, 86_400).default(900),
    meaning:
      "A job taken by a worker that neither finished nor failed within this time (its worker died) is given to another worker; longer than the slowest chunk.",
  },
  JOB_RETRY_LIMIT: {
    schema: intFrom(0, 50).default(8),
    meaning: "Times a failed or expired run job is tried again, with a backoff doubling from 5 s.",
  },
  BATCH_MAX_CVS: {
    schema: intFrom(1, 10_000_000).default(100_000),
    meaning: "CVs one screening batch may hold; one more is refused with 413.",
  },
  BATCH_CHUNK_SIZE: {
    schema: intFrom(1, 200).default(200),
    meaning: "CVs per chunk run of a batch (each chunk is one queued screening run, guarded like any other).",
  },
  BATCH_MAX_BODY_BYTES: {
    schema: intFrom(1_024, 4 * 1024 * 1024 * 1024).default(1024 * 1024 * 1024),
    meaning:
      "Largest batch upload (`POST /v1/runs/batch`), in bytes, read as a stream (MAX_BODY_BYTES applies everywhere else).",
  },
  WEBHOOK_ALLOW_PRIVATE: {
    schema: z
      .preprocess(emptyAsUndefined, z.enum(["false", "true"]).default("false"))
      .transform((v) => v === "true"),
    meaning:
      "true lets webhooks reach loopback, private and link-local addresses (SSRF: only when every API key holder is trusted with this network).",
  },
  WEBHOOK_MAX_ATTEMPTS: {
    schema: intFrom(1, 20).default(6),
    meaning: "Delivery attempts of one webhook (backoff doubling from 5 s); every attempt is recorded.",
  },
  WEBHOOK_TIMEOUT_MS: {
    schema: intFrom(100, 120_000).default(10_000),
    meaning: "How long one webhook delivery may take before it counts as failed.",
  },
  CPU_THREADS: {
    schema: z.preprocess(emptyAsUndefined, intFrom(0, 256).optional()),
    meaning:
      "Worker threads for CPU-bound work (guard detectors, CV scoring), so the event loop keeps answering. Unset: the number of cores − 1, at least 1. 0: everything in the event loop's thread.",
  },
  EVAL_KNOWN_FAILURES: {
    schema: z.preprocess(emptyAsUndefined, z.enum(KNOWN_FAILURE_POLICIES).default("show")),
    meaning:
      "`garde-fou eval`: cases that already failed in the baseline are always listed in the summary and the reports; show (default) keeps them from failing the run, fail makes any of them exit 1 (`--known-failures` overrides).",
  },
  GARDE_FOU_DATA_DIR: {
    schema: z.string().min(1).default("../shared/data"),
    meaning: "Development datasets used by `npm run eval:guards`.",
  },
} as const;

type SettingName = keyof typeof SETTINGS;
export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

const settingsSchema = z
  .object(
    Object.fromEntries(SETTING_NAMES.map((name) => [name, SETTINGS[name].schema])) as {
      [K in SettingName]: (typeof SETTINGS)[K]["schema"];
    },
  )
  .superRefine((value, ctx) => {
    if (value.MODEL_PROVIDER === "mistral" && !value.MISTRAL_API_KEY)
      ctx.addIssue({
        code: "custom",
        path: ["MISTRAL_API_KEY"],
        message: "required when MODEL_PROVIDER=mistral",
      });
    if (value.MODEL_PROVIDER === "openai" && !value.OPENAI_API_KEY)
      ctx.addIssue({
        code: "custom",
        path: ["OPENAI_API_KEY"],
        message: "required when MODEL_PROVIDER=openai",
      });
  });

export type Settings = z.infer<typeof settingsSchema>;

/** Reads and validates the settings; a wrong value throws an error that names the variable. */
export function loadSettings(env: Record<string, string | undefined> = process.env): Settings {
  const picked = Object.fromEntries(SETTING_NAMES.map((name) => [name, env[name]]));
  const parsed = settingsSchema.safeParse(picked);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigurationError(`Invalid settings: ${problems.join("; ")}`, { problems });
  }
  return parsed.data;
}

/** Values safe to log or show: secrets are replaced by whether they are set. */
export function describeSettings(settings: Settings): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(settings).map(([name, value]) => [
      name,
      /KEY|SECRET|PASSWORD|DATABASE_URL/.test(name) ? (value ? "(set)" : "(unset)") : value,
    ]),
  );
}
