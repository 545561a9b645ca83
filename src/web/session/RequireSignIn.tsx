import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { LoadingStatus } from '../components/LoadingStatus.js';
import { hasDrafts } from '../drafts/draft-store.js';
import { noticeState } from '../layout/FlashNotice.js';
import { SIGN_IN_PATH } from './paths.js';
import { returnState } from './return-path.js';
import { useSession } from './use-session.js';

/**
 * Pages for signed-in people: a visitor is asked to sign in, then comes back here. When the
 * session ended while the person was working, the sign-in page says so, and that the text they
 * were typing is kept for them.
 */
export function RequireSignIn() {
  const { t } = useTranslation();
  const { state, endedFor, retry } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <LoadingStatus message={t('status.loadingSession')} />;
  if (state.status === 'error') {
    return (
      <ErrorAlert heading={t('errors.sessionUnavailable')} error={state.error} onRetry={retry} />
    );
  }
  if (!state.data.user) {
    const notice = !endedFor
      ? undefined
      : hasDrafts(localStorage, endedFor)
        ? t('session.endedTextKept')
        : t('session.ended');
    const back = { ...returnState(location), ...(notice ? noticeState(notice) : {}) };
    return <Navigate replace to={SIGN_IN_PATH} state={back} />;
  }
  return <Outlet />;
}
