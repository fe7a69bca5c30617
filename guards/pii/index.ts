export { detectPersonalData, PII_TYPES, type PiiSpan, type PiiType } from "./detect.js";
export { piiDetector } from "./detector.js";
export { type Pseudonymised, type PseudonymMapping, pseudonymise, restore } from "./pseudonymise.js";
export { isValidIban, isValidNir, isValidSiret, luhn } from "./validators.js";
