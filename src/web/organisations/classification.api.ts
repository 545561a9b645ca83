import { countryClassificationSchema } from '../../domain/organisations/index.js';
import { getJson } from '../api/client.js';

/** A country's region, sub-region and income group from reference data, to prefill a profile. */
export function countryClassification(countryCode: string) {
  return getJson(
    `/api/reference/countries/${encodeURIComponent(countryCode)}/classification`,
    countryClassificationSchema,
  );
}
