export {
  type ClaimReport,
  checkFaithfulness,
  type FaithfulnessReport,
  HALLUCINATION_RULES,
  type HallucinationRule,
  type Issue,
} from "./check.js";
export { type ClassifierFile, classify, type Verdict } from "./classifier.js";
export {
  assessFaithfulness,
  detectHallucination,
  type FaithfulnessAssessment,
  hallucinationDetector,
} from "./detector.js";
