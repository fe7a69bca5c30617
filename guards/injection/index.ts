export { findInjections, type InjectionSpan } from "./detect.js";
export { detectInjection, injectionDetector } from "./detector.js";
export { INJECTION_RULES, type InjectionRule } from "./patterns.js";
export { type Stripped, stripInjections } from "./strip.js";
