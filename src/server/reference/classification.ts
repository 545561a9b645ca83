import { z } from 'zod';
import {
  incomeGroupSchema,
  regionSchema,
  type CountryClassification,
} from '../../domain/organisations/index.js';
import incomeGroupsFile from './income-groups.json' with { type: 'json' };
import m49File from './m49.json' with { type: 'json' };

/**
 * Reference classifications of countries, kept as data files that record their source and
 * edition: UN M49 regions and sub-regions, and the World Bank's income groups. They prefill an
 * organisation's profile, which its admin confirms; a submission then carries the values in
 * force when it was made, so updating these files never changes past aggregates.
 */
const sourceFields = {
  source: z.string().min(1),
  edition: z.string().min(1),
  recordedOn: z.iso.date(),
  notes: z.string(),
};

const m49Schema = z.object({
  ...sourceFields,
  countries: z.record(
    z.string().regex(/^[A-Z]{2}$/),
    z.object({
      region: regionSchema,
      subRegion: z.string().min(1),
      intermediateRegion: z.string().min(1).nullable(),
    }),
  ),
});

const incomeGroupsSchema = z.object({
  ...sourceFields,
  groups: z.record(z.string().regex(/^[A-Z]{2}$/), incomeGroupSchema),
});

export const M49 = m49Schema.parse(m49File);
export const INCOME_GROUPS_REFERENCE = incomeGroupsSchema.parse(incomeGroupsFile);

/** Where prefilled values come from, short enough to carry in every submission. */
export const CLASSIFICATION_SOURCE = 'UN M49 (UNSD, 2024); World Bank income groups FY2026';

/** A country's region and income group as the reference data has them; null where it has none. */
export function classificationOf(countryCode: string): CountryClassification {
  const code = countryCode.toUpperCase();
  const m49 = M49.countries[code];
  return {
    countryCode: code,
    region: m49?.region ?? null,
    subRegion: m49?.subRegion ?? null,
    intermediateRegion: m49?.intermediateRegion ?? null,
    incomeGroup: INCOME_GROUPS_REFERENCE.groups[code] ?? null,
    source: CLASSIFICATION_SOURCE,
  };
}
