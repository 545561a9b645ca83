import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { passwordResetRequestSchema } from '../../domain/accounts/index.js';
import { EmailField } from '../components/form/AccountFields.js';
import { Form } from '../components/form/Form.js';
import { SubmitButton } from '../components/form/SubmitButton.js';
import { fieldError } from '../forms/form-errors.js';
import { fieldIds, useForm } from '../forms/use-form.js';
import { useDocumentTitle } from '../layout/use-document-title.js';
import { SIGN_IN_PATH } from '../session/paths.js';
import { sessionApi } from '../session/session.api.js';

const ids = fieldIds('forgot-password', ['email']);

/**
 * Asks for a reset link by email. The answer is the same whether or not the address has an
 * account, so the page cannot be used to find out who has one.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  useDocumentTitle(t('forgotPassword.title'));
  const form = useForm({
    schema: passwordResetRequestSchema,
    ids,
    messages: { email: t('validation.email') },
    onValid: async (request) => {
      await sessionApi.requestPasswordReset(request);
      setSent(true);
    },
  });

  return (
    <div className="narrow">
      <h1>{t('forgotPassword.title')}</h1>
      {sent ? (
        <div className="confirmation" role="status">
          <p>{t('forgotPassword.sent')}</p>
          <p>{t('forgotPassword.noEmail')}</p>
        </div>
      ) : (
        <>
          <p className="lead">{t('forgotPassword.intro')}</p>
          <Form errors={form.errors} ids={ids} onSubmit={() => void form.submit({ email })}>
            <EmailField
              id={ids.email}
              value={email}
              onValueChange={setEmail}
              error={fieldError(form.errors, 'email')}
            />
            <SubmitButton busy={form.busy}>{t('forgotPassword.submit')}</SubmitButton>
          </Form>
        </>
      )}
      <p className="after-form">
        <Link to={SIGN_IN_PATH}>{t('forgotPassword.backToSignIn')}</Link>
      </p>
    </div>
  );
}
