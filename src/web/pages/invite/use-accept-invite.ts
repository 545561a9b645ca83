import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AcceptInvite } from '../../../domain/accounts/index.js';
import { invitesApi } from '../../invites/invites.api.js';
import { noticeState } from '../../layout/FlashNotice.js';
import { organisationPath } from '../../organisations/paths.js';
import { useSession } from '../../session/use-session.js';

/** Accepts, reads the session again (it now has the membership) and opens the organisation. */
export function useAcceptInvite(organisation: string): (input: AcceptInvite) => Promise<void> {
  const { t } = useTranslation();
  const { apply } = useSession();
  const navigate = useNavigate();
  return async (input) => {
    const result = await invitesApi.accept(input);
    apply(result);
    const notice =
      result.outcome === 'already-member'
        ? t('invite.alreadyMember', { organisation })
        : t('invite.joined', { organisation });
    void navigate(organisationPath(result.organisationId), {
      replace: true,
      state: noticeState(notice),
    });
  };
}
