import type { CreateOrganisation } from '../organisations/organisation.schemas.js';

/**
 * Whether an organisation shares its results with the Alliance: only a national one does. A
 * federal country shares its national result; its jurisdictions' results stay in the country.
 */
export function sharesWithAlliance(kind: CreateOrganisation['kind']): boolean {
  return kind === 'national';
}
