import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { SIGN_IN_PATH } from '../../session/paths.js';
import { returnState } from '../../session/return-path.js';

/** The invited address has an account: sign in as it, and come back here to accept. */
export function SignInToAccept({ email }: { email: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <>
      <p>{t('invite.existingAccount', { email })}</p>
      <Link className="button" to={SIGN_IN_PATH} state={returnState(location)}>
        {t('invite.signInToAccept')}
      </Link>
    </>
  );
}
