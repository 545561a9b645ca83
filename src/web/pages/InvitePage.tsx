import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../domain/accounts/index.js';
import { useResource } from '../api/use-resource.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { LoadingStatus } from '../components/LoadingStatus.js';
import { invitesApi } from '../invites/invites.api.js';
import { useDocumentTitle } from '../layout/use-document-title.js';
import { useLinkToken } from '../session/use-link-token.js';
import { useSession } from '../session/use-session.js';
import { InviteDetails } from './invite/InviteDetails.js';

/** An invite link: what it is for, then joining with a new account or the person's own. */
export function InvitePage() {
  const { t } = useTranslation();
  const token = useLinkToken();
  const { state, retry } = useSession();
  useDocumentTitle(t('invite.pageTitle'));

  if (!token) {
    return (
      <div className="narrow">
        <h1>{t('invite.pageTitle')}</h1>
        <p>{t('invite.noToken')}</p>
      </div>
    );
  }
  if (state.status === 'loading') return <LoadingStatus message={t('status.loadingSession')} />;
  if (state.status === 'error') {
    return (
      <ErrorAlert heading={t('errors.sessionUnavailable')} error={state.error} onRetry={retry} />
    );
  }
  return <InviteLookup token={token} user={state.data.user} />;
}

function InviteLookup({ token, user }: { token: string; user: SessionUser | null }) {
  const { t } = useTranslation();
  const load = useCallback(() => invitesApi.lookup(token), [token]);
  const preview = useResource(load);
  if (preview.status === 'loading') return <LoadingStatus message={t('status.loadingInvite')} />;
  if (preview.status === 'error') {
    return (
      <ErrorAlert heading={t('invite.unusable')} error={preview.error} onRetry={preview.reload} />
    );
  }
  return <InviteDetails token={token} preview={preview.data} user={user} />;
}
