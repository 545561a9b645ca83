import { z } from 'zod';
import { incomeGroupSchema, regionSchema } from './reference.js';

/** A country's classification from reference data, to prefill an organisation's profile. */
export const countryClassificationSchema = z.object({
  countryCode: z.string(),
  region: regionSchema.nullable(),
  subRegion: z.string().nullable(),
  intermediateRegion: z.string().nullable(),
  incomeGroup: incomeGroupSchema.nullable(),
  /** Which editions the values come from, e.g. "UN M49 (UNSD, 2024); World Bank … FY2026". */
  source: z.string(),
});
export type CountryClassification = z.infer<typeof countryClassificationSchema>;
