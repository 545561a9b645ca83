import { can, isInstanceAdmin, membershipIn, type Actor } from '../../domain/access/index.js';
import type {
  CreateJurisdiction,
  CreateNationalOrganisation,
  CreateOrganisation,
  OrganisationView,
  UpdateOrganisation,
} from '../../domain/organisations/index.js';
import {
  organisationNotFound,
  requireOrganisationAccess,
  requireSignedIn,
} from '../access/require-access.js';
import {
  userActor,
  writeTransaction,
  type AuditActor,
  type AuditLog,
  type Store,
} from '../audit/audit.js';
import type { Db } from '../db/database.js';
import {
  ConflictError,
  FieldProblemError,
  ForbiddenError,
  UnprocessableError,
} from '../http/problems.js';
import { newRecordFields } from '../shared/records.js';
import { requireCountryCode } from './countries.js';
import { insertMembership } from './membership.commands.js';
import { inheritedFields } from './organisation.presenter.js';
import { loadOrganisationView } from './organisation.queries.js';
import { organisationRepository, type StoredOrganisation } from './organisation.repository.js';

async function insertOrganisation(
  trx: Db,
  audit: AuditLog,
  actor: AuditActor,
  row: Omit<StoredOrganisation, 'id' | 'created_at' | 'updated_at' | 'version'>,
  now: Date,
): Promise<StoredOrganisation> {
  const organisation: StoredOrganisation = { ...newRecordFields(now), ...row };
  await organisationRepository(trx).insert(organisation);
  await audit.record({
    actor,
    action: 'organisation.create',
    entityType: 'organisation',
    entityId: organisation.id,
    after: organisation,
  });
  return organisation;
}

function nationalRow(input: CreateNationalOrganisation) {
  return {
    kind: 'national' as const,
    name: input.name,
    country_code: requireCountryCode(input.countryCode),
    region: input.region,
    income_group: input.incomeGroup,
    government_system: input.governmentSystem,
    sub_region: input.subRegion || null,
    parent_id: null,
  };
}

/** `mnr org create`: whoever runs the command on the server is trusted to add organisations. */
export function createNationalOrganisationFromCli(
  store: Store,
  input: CreateNationalOrganisation,
  now: Date,
): Promise<StoredOrganisation> {
  const row = nationalRow(input);
  return writeTransaction(store, now, (trx, audit) =>
    insertOrganisation(trx, audit, 'system:cli', row, now),
  );
}

/**
 * Instance admins add national organisations. Jurisdictions go under a federal national
 * organisation, added by its leads or an admin; a lead who adds one becomes its first lead, so
 * they can invite its people.
 */
export async function createOrganisation(
  store: Store,
  actor: Actor | null,
  input: CreateOrganisation,
  now: Date,
): Promise<OrganisationView> {
  const signedIn = requireSignedIn(actor);
  if (input.kind === 'national') {
    const created = await createNational(store, signedIn, input, now);
    return loadOrganisationView(store.db, signedIn, created.id);
  }
  const created = await createJurisdiction(store, signedIn, input, now);
  // The lead who added the jurisdiction now leads it too; present it as they will see it.
  const viewer: Actor = created.addedLead
    ? {
        ...signedIn,
        memberships: [
          ...signedIn.memberships,
          { organisationId: created.id, role: 'lead', capabilityScope: null },
        ],
      }
    : signedIn;
  return loadOrganisationView(store.db, viewer, created.id);
}

function createNational(store: Store, actor: Actor, input: CreateNationalOrganisation, now: Date) {
  if (!isInstanceAdmin(actor)) {
    throw new ForbiddenError('Only instance administrators can add national organisations.');
  }
  // The admin saw the classification prefilled from reference data and saved it: confirmed.
  const row = { ...nationalRow(input), classification_confirmed_at: now.toISOString() };
  return writeTransaction(store, now, (trx, audit) =>
    insertOrganisation(trx, audit, userActor(actor.userId), row, now),
  );
}

function createJurisdiction(store: Store, actor: Actor, input: CreateJurisdiction, now: Date) {
  if (!can(actor, 'organisation.read', input.parentId)) throw organisationNotFound(input.parentId);
  if (!can(actor, 'organisation.update', input.parentId)) {
    throw new ForbiddenError(
      'Only the leads of a national organisation can add its jurisdictions.',
    );
  }
  return writeTransaction(store, now, async (trx, audit) => {
    const parent = await organisationRepository(trx).findById(input.parentId);
    if (!parent) throw organisationNotFound(input.parentId);
    if (parent.kind !== 'national' || parent.government_system !== 'federal') {
      throw new FieldProblemError(
        'parentId',
        `Jurisdictions can only be added under the national organisation of a federal country; ${parent.name} is not one.`,
      );
    }
    const organisation = await insertOrganisation(
      trx,
      audit,
      userActor(actor.userId),
      {
        kind: 'jurisdiction',
        name: input.name,
        country_code: parent.country_code,
        region: null,
        income_group: null,
        government_system: null,
        parent_id: parent.id,
      },
      now,
    );
    const addedLead = membershipIn(actor, parent.id)?.role === 'lead';
    if (addedLead) {
      await insertMembership(
        trx,
        audit,
        {
          organisationId: organisation.id,
          userId: actor.userId,
          role: 'lead',
          capabilityScope: null,
        },
        userActor(actor.userId),
        now,
      );
    }
    return { id: organisation.id, addedLead };
  });
}

/** Changes an organisation's details; a stale version gets 409 with the current state. */
export async function updateOrganisation(
  store: Store,
  actor: Actor | null,
  organisationId: string,
  input: UpdateOrganisation,
  now: Date,
): Promise<OrganisationView> {
  const signedIn = requireOrganisationAccess(actor, organisationId, 'organisation.update');
  await writeTransaction(store, now, async (trx, audit) => {
    const organisations = organisationRepository(trx);
    const before = await organisations.findById(organisationId);
    if (!before) throw organisationNotFound(organisationId);
    if (before.version !== input.version) {
      throw new ConflictError(
        `${before.name} was changed by someone else after you opened it. Review the current details and apply your change again.`,
        { current: await loadOrganisationView(trx, signedIn, organisationId) },
      );
    }
    const changes =
      before.kind === 'jurisdiction'
        ? await jurisdictionChanges(organisations, before, input)
        : await nationalChanges(organisations, before, input);
    const after = await organisations.update(organisationId, changes, now.toISOString());
    await audit.record({
      actor: userActor(signedIn.userId),
      action: 'organisation.update',
      entityType: 'organisation',
      entityId: organisationId,
      before,
      after,
    });
  });
  return loadOrganisationView(store.db, signedIn, organisationId);
}

type Organisations = ReturnType<typeof organisationRepository>;

async function nationalChanges(
  organisations: Organisations,
  before: StoredOrganisation,
  input: UpdateOrganisation,
) {
  if (input.governmentSystem === 'centralised' && before.government_system === 'federal') {
    const jurisdictions = await organisations.listChildren([before.id]);
    if (jurisdictions.length > 0) {
      throw new UnprocessableError(
        `${before.name} has ${jurisdictions.length} jurisdiction(s); a centralised country has none. Keep it federal.`,
      );
    }
  }
  return {
    name: input.name,
    region: input.region,
    income_group: input.incomeGroup,
    government_system: input.governmentSystem,
  };
}

/** A jurisdiction's region, income group and system are its country's; only the name is its own. */
async function jurisdictionChanges(
  organisations: Organisations,
  before: StoredOrganisation,
  input: UpdateOrganisation,
) {
  const parent = before.parent_id ? await organisations.findById(before.parent_id) : undefined;
  const inherited = inheritedFields(before, parent);
  if (
    inherited.region !== input.region ||
    inherited.incomeGroup !== input.incomeGroup ||
    inherited.governmentSystem !== input.governmentSystem
  ) {
    throw new UnprocessableError(
      `A jurisdiction takes its region, income group and government system from ${parent?.name ?? 'its national organisation'}; change them there.`,
    );
  }
  return { name: input.name, region: null, income_group: null, government_system: null };
}
