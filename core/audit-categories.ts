// The categories a candidate may declare for a bias audit, as New York City's Local Law 144 lists them
// (the EEO-1 component 1 categories: 6 RCNY § 5-301). Optional and self-declared; read only by the audit,
// never by a worker or a model. In France, collecting race or ethnic origin is forbidden to an employer
// (loi 78-17 art. 6, Conseil constitutionnel 2007-557 DC): these fields exist for deployers who must file
// an LL144 audit, and the page says so.
import { z } from "zod";

export const SEXES = ["female", "male"] as const;
export const RACE_ETHNICITIES = [
  "hispanic_latino",
  "white",
  "black_african_american",
  "native_hawaiian_pacific_islander",
  "asian",
  "native_american_alaska_native",
  "two_or_more_races",
] as const;

export const Sex = z.enum(SEXES);
export type Sex = z.infer<typeof Sex>;
export const RaceEthnicity = z.enum(RACE_ETHNICITIES);
export type RaceEthnicity = z.infer<typeof RaceEthnicity>;

export const SelfDeclared = z
  .object({ sex: Sex.optional(), raceEthnicity: RaceEthnicity.optional() })
  .strict();
export type SelfDeclared = z.infer<typeof SelfDeclared>;
