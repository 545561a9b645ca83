import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../../api/api-error.js';
import { explainError } from '../../api/explain-error.js';
import { sessionApi } from '../../session/session.api.js';
import { useSession } from '../../session/use-session.js';

/** Signed in as someone else: the invitation is for another address, so sign out first. */
export function SignOutToAccept({ signedInAs, invited }: { signedInAs: string; invited: string }) {
  const { t } = useTranslation();
  const { apply } = useSession();
  const [problem, setProblem] = useState<string>();
  async function signOutHere() {
    try {
      apply(await sessionApi.signOut());
    } catch (error) {
      setProblem(explainError(asApiError(error), t));
    }
  }
  return (
    <>
      <p>{t('invite.signedInAsOther', { signedInAs, invited })}</p>
      {problem && (
        <p className="inline-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="button" className="button" onClick={() => void signOutHere()}>
        {t('invite.signOutFirst')}
      </button>
    </>
  );
}
