export { type CheckOptions, checkDocuments, type ExtractionLine, extractionText } from "./check.js";
export { reviewReasons } from "./checks.js";
export { classifyDocument } from "./classify.js";
export { parseFrenchDate } from "./dates.js";
export { extractFields } from "./extract.js";
export { findIdentifiers } from "./identifiers.js";
export { PRIVACY_NOTE } from "./privacy.js";
export * from "./types.js";
