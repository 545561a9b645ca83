import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { signInRequestSchema } from '../../domain/accounts/index.js';
import { EmailField } from '../components/form/AccountFields.js';
import { Form } from '../components/form/Form.js';
import { SubmitButton } from '../components/form/SubmitButton.js';
import { TextField } from '../components/form/TextField.js';
import { fieldError } from '../forms/form-errors.js';
import { fieldIds, useForm } from '../forms/use-form.js';
import { useDocumentTitle } from '../layout/use-document-title.js';
import { FORGOT_PASSWORD_PATH } from '../session/paths.js';
import { returnPath } from '../session/return-path.js';
import { sessionApi } from '../session/session.api.js';
import { useSession } from '../session/use-session.js';

const ids = fieldIds('sign-in', ['email', 'password']);

/** Email and password; then back to the page that asked for it. */
export function SignInPage() {
  const { t } = useTranslation();
  const { state, apply } = useSession();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  useDocumentTitle(t('signIn.title'));

  const form = useForm({
    schema: signInRequestSchema,
    ids,
    messages: { email: t('validation.email'), password: t('validation.password') },
    onValid: async (credentials) => {
      apply(await sessionApi.signIn(credentials));
    },
  });

  if (state.status === 'ready' && state.data.user) {
    return <Navigate replace to={returnPath(location.state, '/')} />;
  }
  const setupRequired = state.status === 'ready' && state.data.setupRequired;

  return (
    <div className="narrow">
      <h1>{t('signIn.title')}</h1>
      {setupRequired && <p className="notice">{t('signIn.setupRequired')}</p>}
      <Form errors={form.errors} ids={ids} onSubmit={() => void form.submit({ email, password })}>
        <EmailField
          id={ids.email}
          value={email}
          onValueChange={setEmail}
          error={fieldError(form.errors, 'email')}
        />
        <TextField
          id={ids.password}
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onValueChange={setPassword}
          error={fieldError(form.errors, 'password')}
        />
        <SubmitButton busy={form.busy}>{t('signIn.submit')}</SubmitButton>
      </Form>
      <p className="after-form">
        <Link to={FORGOT_PASSWORD_PATH}>{t('signIn.forgotPassword')}</Link>
      </p>
    </div>
  );
}
