export { findInjections, type InjectionSpan } from "../../core/recognizers/injection/detect.js";
export { INJECTION_RULES, type InjectionRule } from "../../core/recognizers/injection/patterns.js";
export { type Stripped, stripInjections } from "../../core/recognizers/injection/strip.js";
export { detectInjection, injectionDetector } from "./detector.js";
