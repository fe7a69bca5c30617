// Placeholder until the guard is written: finds nothing and says it is unsure, so the judge is asked.
import type { Detector } from "../types.js";

export const culturalDetector: Detector = {
  guard: "cultural",
  name: "cultural-placeholder",
  detect: () => ({ findings: [], certainty: "unsure", notes: ["placeholder detector"] }),
};
