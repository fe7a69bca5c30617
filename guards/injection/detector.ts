// Instructions hidden in candidate input are never obeyed: every hit blocks, and the workflow removes the
// passage (stripInjections) before any worker reads the document.
import { injectionFindings } from "../../core/recognizers/injection/findings.js";
import type { Detector, DetectorResult, GuardInput } from "../types.js";

export function detectInjection(input: GuardInput): DetectorResult {
  const findings = injectionFindings(input.text);
  // Obfuscation alone (a stray zero-width space, a mixed-script word) may be a copy-paste accident.
  const onlyObfuscation =
    findings.length > 0 && findings.every((f) => f.rule === "IN-03" && !/[<[|#:]/u.test(f.evidence));
  return {
    findings,
    certainty: onlyObfuscation ? "unsure" : "sure",
    notes: findings.length > 0 ? [`${findings.length} passage(s) visant le modèle`] : [],
  };
}

export const injectionDetector: Detector = {
  guard: "injection",
  name: "injection-detector",
  detect: detectInjection,
};
