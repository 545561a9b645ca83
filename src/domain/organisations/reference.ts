import { z } from 'zod';

/** The World Bank's four income groups. */
export const INCOME_GROUPS = ['low', 'lower-middle', 'upper-middle', 'high'] as const;
export const incomeGroupSchema = z.enum(INCOME_GROUPS);
export type IncomeGroup = z.infer<typeof incomeGroupSchema>;

/** UN M49 regions. */
export const REGIONS = ['africa', 'americas', 'asia', 'europe', 'oceania'] as const;
export const regionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof regionSchema>;

export const GOVERNMENT_SYSTEMS = ['centralised', 'federal'] as const;
export const governmentSystemSchema = z.enum(GOVERNMENT_SYSTEMS);
export type GovernmentSystem = z.infer<typeof governmentSystemSchema>;

/** ISO 3166-1 alpha-2 code; the server checks it against the ISO list. */
export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'choose a country');
