import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { MIN_PASSWORD_LENGTH, passwordResetSchema } from '../../domain/accounts/index.js';
import { NewPasswordField } from '../components/form/AccountFields.js';
import { Form } from '../components/form/Form.js';
import { SubmitButton } from '../components/form/SubmitButton.js';
import { fieldError } from '../forms/form-errors.js';
import { fieldIds, useForm } from '../forms/use-form.js';
import { noticeState } from '../layout/FlashNotice.js';
import { useDocumentTitle } from '../layout/use-document-title.js';
import { FORGOT_PASSWORD_PATH, SIGN_IN_PATH } from '../session/paths.js';
import { sessionApi } from '../session/session.api.js';
import { useLinkToken } from '../session/use-link-token.js';
import { useSession } from '../session/use-session.js';

const ids = fieldIds('reset-password', ['password']);

/**
 * A new password from a reset link. Every session of the account ends, so the person signs in
 * again here, and so does anyone who was signed in with the old password.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useLinkToken();
  useDocumentTitle(t('resetPassword.title'));
  return (
    <div className="narrow">
      <h1>{t('resetPassword.title')}</h1>
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p>
          {t('resetPassword.noToken')}{' '}
          <Link to={FORGOT_PASSWORD_PATH}>{t('resetPassword.askAgain')}</Link>
        </p>
      )}
    </div>
  );
}

function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const { apply } = useSession();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const form = useForm({
    schema: passwordResetSchema,
    ids,
    messages: {
      token: t('validation.incompleteLink'),
      password: t('validation.newPassword', { min: MIN_PASSWORD_LENGTH }),
    },
    onValid: async (reset) => {
      apply(await sessionApi.resetPassword(reset));
      void navigate(SIGN_IN_PATH, { replace: true, state: noticeState(t('resetPassword.done')) });
    },
  });

  return (
    <Form errors={form.errors} ids={ids} onSubmit={() => void form.submit({ token, password })}>
      <NewPasswordField
        id={ids.password}
        value={password}
        onValueChange={setPassword}
        error={fieldError(form.errors, 'password')}
      />
      <SubmitButton busy={form.busy}>{t('resetPassword.submit')}</SubmitButton>
    </Form>
  );
}
