import { can, canInvite, type Actor } from '../../domain/access/index.js';
import type { OrganisationView } from '../../domain/organisations/index.js';
import type { StoredOrganisation } from './organisation.repository.js';

export type OrganisationContext = {
  /** The national organisation of a jurisdiction, whose region, income and system it shares. */
  parent: StoredOrganisation | undefined;
  jurisdictions: readonly Pick<StoredOrganisation, 'id' | 'name'>[];
};

/** The fields a jurisdiction takes from its national organisation. */
export function inheritedFields(row: StoredOrganisation, parent: StoredOrganisation | undefined) {
  const source = row.kind === 'jurisdiction' && parent ? parent : row;
  if (!source.government_system) {
    throw new Error(`Organisation ${row.id} has no government system to present.`);
  }
  return {
    region: source.region,
    incomeGroup: source.income_group,
    governmentSystem: source.government_system,
  };
}

export function presentOrganisation(
  row: StoredOrganisation,
  context: OrganisationContext,
  actor: Actor,
): OrganisationView {
  const mayUpdate = can(actor, 'organisation.update', row.id);
  const fields = inheritedFields(row, context.parent);
  return {
    id: row.id,
    name: row.name,
    countryCode: row.country_code,
    ...fields,
    parentId: row.parent_id,
    jurisdictions: context.jurisdictions.map(({ id, name }) => ({ id, name })),
    createdAt: row.created_at,
    version: row.version,
    permissions: {
      update: mayUpdate,
      manageMembers: can(actor, 'members.manage', row.id),
      inviteLead: canInvite(actor, row.id, 'lead'),
      addJurisdiction:
        row.kind === 'national' && fields.governmentSystem === 'federal' && mayUpdate,
    },
  };
}
