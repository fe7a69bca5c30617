// The CPU pool's worker entry when the code runs from its TypeScript sources (vitest, tsx): a worker
// thread does not inherit the test runner's transform, so it registers tsx's loader and then imports the
// TypeScript entry. The compiled server (dist/) starts dist/runtime/cpu-worker.js directly and never
// loads this file or tsx (a dev dependency).
import { register } from "tsx/esm/api";

register();
const tasks = await import("./cpu-worker.ts");

export const detect = tasks.detect;
export const prepareCvs = tasks.prepareCvs;
export const assessCvs = tasks.assessCvs;
