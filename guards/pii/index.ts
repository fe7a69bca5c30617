export {
  detectPersonalData,
  PII_TYPES,
  type PiiSpan,
  type PiiType,
} from "../../core/recognizers/pii/detect.js";
export { isValidIban, isValidNir, isValidSiret, luhn } from "../../core/recognizers/pii/validators.js";
export { piiDetector } from "./detector.js";
export { type Pseudonymised, type PseudonymMapping, pseudonymise, restore } from "./pseudonymise.js";
