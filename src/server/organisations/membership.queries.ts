import { canInvite, type Actor } from '../../domain/access/index.js';
import type { InviteView } from '../../domain/accounts/index.js';
import type { MemberView } from '../../domain/organisations/index.js';
import { requireOrganisationAccess } from '../access/require-access.js';
import type { Db } from '../db/database.js';
import { presentInvite } from '../invites/invite.presenter.js';
import { inviteRepository } from '../invites/invite.repository.js';
import { presentMember } from './membership.presenter.js';
import { membershipRepository } from './membership.repository.js';

/**
 * The members of an organisation, and the pending invites the viewer could withdraw: all of
 * them for a lead, the lead invites for an instance admin, none for anyone else.
 */
export async function listMembers(
  db: Db,
  actor: Actor | null,
  organisationId: string,
  now: Date,
): Promise<{ members: MemberView[]; invites: InviteView[] }> {
  const viewer = requireOrganisationAccess(actor, organisationId, 'members.read');
  const members = await membershipRepository(db).listForOrganisation(organisationId);
  const invites = canInvite(viewer, organisationId, 'lead')
    ? await inviteRepository(db).listPending(organisationId, now.toISOString())
    : [];
  return {
    members: members.map(presentMember),
    invites: invites
      .filter((invite) => canInvite(viewer, organisationId, invite.role))
      .map(presentInvite),
  };
}
