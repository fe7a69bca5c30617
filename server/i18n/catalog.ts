// The one message catalogue of the pages: every word a reviewer, evaluator or auditor reads, French by
// default and English available. An area is a file under areas/ exporting `fr` (the keys, `as const`) and a
// key-complete `en`; add it here with one import and one spread per language. catalog.test.ts checks that
// both languages have every key and that every closed set of core/contract.ts has its labels.
import { WORKFLOW_REGISTRY, WorkflowId } from "../../graphs/registry.js";
import * as audit from "./areas/audit.js";
import * as common from "./areas/common.js";
import * as dashboard from "./areas/dashboard.js";
import * as explain from "./areas/explain.js";
import * as journal from "./areas/journal.js";
import * as login from "./areas/login.js";
import * as queue from "./areas/queue.js";
import * as run from "./areas/run.js";

export const AREAS = { audit, common, dashboard, explain, journal, login, queue, run } as const;

const fr = {
  ...audit.fr,
  ...common.fr,
  ...dashboard.fr,
  ...explain.fr,
  ...journal.fr,
  ...login.fr,
  ...queue.fr,
  ...run.fr,
};

export type MessageKey = keyof typeof fr;

const en: Record<MessageKey, string> = {
  ...audit.en,
  ...common.en,
  ...dashboard.en,
  ...explain.en,
  ...journal.en,
  ...login.en,
  ...queue.en,
  ...run.en,
};

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";

export const MESSAGES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { fr, en };

export type Params = Readonly<Record<string, string | number>>;

export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(fr, key);

/**
 * The message `key` in `locale`, its `{name}` holes filled from `params`. A hole without its parameter is a
 * programming error and throws (a page must never show "{count}").
 */
export function t(locale: Locale, key: MessageKey, params?: Params): string {
  const message = MESSAGES[locale][key];
  return message.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`message ${key}: missing parameter {${name}}`);
    return String(value);
  });
}

/**
 * The label of one value of a closed set (`label(locale, "criterion", "age")` → "Âge"); a value the
 * catalogue does not know (a new code not labelled yet) is shown as it is rather than hidden.
 */
export function label(locale: Locale, set: string, value: string): string {
  // A workflow carries its own name (graphs/<name>/index.ts): adding one touches no catalogue.
  if (set === "workflow") {
    const id = WorkflowId.safeParse(value);
    if (id.success) return WORKFLOW_REGISTRY[id.data].label[locale];
  }
  const key = `${set}.${value}`;
  return isMessageKey(key) ? t(locale, key) : value;
}
