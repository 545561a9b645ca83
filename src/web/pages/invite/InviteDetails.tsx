import { useTranslation } from 'react-i18next';
import type { InvitePreview, SessionUser } from '../../../domain/accounts/index.js';
import { RoleDescription } from '../../components/RoleDescription.js';
import { useFormatDateTime } from '../../i18n/use-format-date.js';
import { AcceptAsSignedIn } from './AcceptAsSignedIn.js';
import { NewAccountForm } from './NewAccountForm.js';
import { SignInToAccept } from './SignInToAccept.js';
import { SignOutToAccept } from './SignOutToAccept.js';

/**
 * What the invitation is for, and the one way to accept it that fits: a new account, signing in
 * as the invited address first, or signing out of another account.
 */
export function InviteDetails({
  token,
  preview,
  user,
}: {
  token: string;
  preview: InvitePreview;
  user: SessionUser | null;
}) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const signedInAsInvited = user?.email === preview.email;
  return (
    <div className="narrow">
      <h1>{t('invite.title', { organisation: preview.organisationName })}</h1>
      <p className="lead">
        {t('invite.summary', {
          organisation: preview.organisationName,
          role: t(`roles.${preview.role}.name`),
        })}
      </p>
      <RoleDescription role={preview.role} />
      <dl className="facts">
        <div>
          <dt>{t('invite.forEmail')}</dt>
          <dd>{preview.email}</dd>
        </div>
        <div>
          <dt>{t('invite.expires')}</dt>
          <dd>{formatDateTime(preview.expiresAt)}</dd>
        </div>
      </dl>
      {user && !signedInAsInvited ? (
        <SignOutToAccept signedInAs={user.email} invited={preview.email} />
      ) : signedInAsInvited ? (
        <AcceptAsSignedIn token={token} organisation={preview.organisationName} />
      ) : preview.accountExists ? (
        <SignInToAccept email={preview.email} />
      ) : (
        <NewAccountForm token={token} organisation={preview.organisationName} />
      )}
    </div>
  );
}
