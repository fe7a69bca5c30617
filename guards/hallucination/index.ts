export {
  type ClaimReport,
  checkFaithfulness,
  type FaithfulnessReport,
  HALLUCINATION_RULES,
  type HallucinationRule,
  type Issue,
} from "./check.js";
export { detectHallucination, hallucinationDetector } from "./detector.js";
