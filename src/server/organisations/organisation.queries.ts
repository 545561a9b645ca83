import { isInstanceAdmin, type Actor } from '../../domain/access/index.js';
import type { OrganisationView } from '../../domain/organisations/index.js';
import {
  organisationNotFound,
  requireOrganisationAccess,
  requireSignedIn,
} from '../access/require-access.js';
import type { Db } from '../db/database.js';
import {
  inheritedFields,
  presentOrganisation,
  type OrganisationContext,
} from './organisation.presenter.js';
import { organisationRepository, type StoredOrganisation } from './organisation.repository.js';

/** Instance admins see every organisation; everyone else the ones they are members of. */
export async function listOrganisations(db: Db, actor: Actor | null): Promise<OrganisationView[]> {
  const signedIn = requireSignedIn(actor);
  const organisations = organisationRepository(db);
  const rows = isInstanceAdmin(signedIn)
    ? await organisations.listAll()
    : await organisations.listByIds(signedIn.memberships.map((m) => m.organisationId));
  return presentAll(db, rows, signedIn);
}

export async function getOrganisation(
  db: Db,
  actor: Actor | null,
  organisationId: string,
): Promise<OrganisationView> {
  const signedIn = requireOrganisationAccess(actor, organisationId, 'organisation.read');
  return loadOrganisationView(db, signedIn, organisationId);
}

/** An organisation as `actor` sees it; callers have checked access. */
export async function loadOrganisationView(
  db: Db,
  actor: Actor,
  organisationId: string,
): Promise<OrganisationView> {
  const row = await organisationRepository(db).findById(organisationId);
  if (!row) throw organisationNotFound(organisationId);
  const [view] = await presentAll(db, [row], actor);
  if (!view) throw organisationNotFound(organisationId);
  return view;
}

/** Presents rows with their parents and jurisdictions, fetched in two queries for the lot. */
async function presentAll(
  db: Db,
  rows: readonly StoredOrganisation[],
  actor: Actor,
): Promise<OrganisationView[]> {
  const organisations = organisationRepository(db);
  const parentIds = [...new Set(rows.flatMap((row) => (row.parent_id ? [row.parent_id] : [])))];
  const parents = new Map((await organisations.listByIds(parentIds)).map((row) => [row.id, row]));
  const children = await organisations.listChildren(rows.map((row) => row.id));
  return rows.map((row) => {
    const context: OrganisationContext = {
      parent: row.parent_id ? parents.get(row.parent_id) : undefined,
      jurisdictions: children.filter((child) => child.parent_id === row.id),
    };
    return presentOrganisation(row, context, actor);
  });
}

export type OrganisationSummary = Omit<OrganisationView, 'jurisdictions' | 'permissions'> & {
  kind: StoredOrganisation['kind'];
};

/** `mnr org list`: every organisation, for whoever administers the server. */
export async function listOrganisationSummaries(db: Db): Promise<OrganisationSummary[]> {
  const rows = await organisationRepository(db).listAll();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    name: row.name,
    countryCode: row.country_code,
    ...inheritedFields(row, row.parent_id ? byId.get(row.parent_id) : undefined),
    parentId: row.parent_id,
    createdAt: row.created_at,
    version: row.version,
  }));
}
