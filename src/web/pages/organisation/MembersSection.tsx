import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../domain/organisations/index.js';
import { useResource } from '../../api/use-resource.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { LoadingStatus } from '../../components/LoadingStatus.js';
import { organisationsApi } from '../../organisations/organisations.api.js';
import { useCurrentUser } from '../../session/use-current-user.js';
import { useSession } from '../../session/use-session.js';
import { InviteSection } from './InviteSection.js';
import { MemberItem } from './MemberItem.js';
import { PendingInvites } from './PendingInvites.js';

/**
 * Who takes part and in what role. Leads change roles, remove people and invite; an instance
 * administrator invites leads; everyone else sees the list only.
 */
export function MembersSection({
  organisation,
  onOrganisationChanged,
}: {
  organisation: OrganisationView;
  onOrganisationChanged: () => void;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { refresh } = useSession();
  const load = useCallback(() => organisationsApi.members(organisation.id), [organisation.id]);
  const list = useResource(load);
  const { manageMembers, inviteLead } = organisation.permissions;
  const { reload } = list;

  // A change to one's own membership changes one's session and what one may do here.
  const onMemberChanged = useCallback(
    (userId: string) => {
      reload();
      if (userId !== user.id) return;
      void refresh();
      onOrganisationChanged();
    },
    [reload, refresh, onOrganisationChanged, user.id],
  );

  return (
    <section className="section" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('members.heading')}</h2>
      {list.status === 'loading' ? (
        <LoadingStatus message={t('status.loadingMembers')} />
      ) : list.status === 'error' ? (
        <ErrorAlert heading={t('errors.membersUnavailable')} error={list.error} onRetry={reload} />
      ) : (
        <>
          {list.data.members.length === 0 ? (
            <p>{t('members.none')}</p>
          ) : (
            <ul className="member-list">
              {list.data.members.map((member) => (
                <MemberItem
                  key={member.id}
                  organisation={organisation}
                  member={member}
                  onChanged={() => onMemberChanged(member.userId)}
                />
              ))}
            </ul>
          )}
          {(manageMembers || inviteLead) && (
            <>
              <PendingInvites
                organisationId={organisation.id}
                invites={list.data.invites}
                onRevoked={reload}
              />
              <InviteSection organisation={organisation} onInvited={reload} />
            </>
          )}
        </>
      )}
    </section>
  );
}
