import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { MIN_PASSWORD_LENGTH, setupRequestSchema } from '../../domain/accounts/index.js';
import { LoadingStatus } from '../components/LoadingStatus.js';
import {
  DisplayNameField,
  EmailField,
  NewPasswordField,
} from '../components/form/AccountFields.js';
import { Form } from '../components/form/Form.js';
import { SubmitButton } from '../components/form/SubmitButton.js';
import { fieldError } from '../forms/form-errors.js';
import { fieldIds, useForm } from '../forms/use-form.js';
import { useDocumentTitle } from '../layout/use-document-title.js';
import { noticeState } from '../layout/FlashNotice.js';
import { ORGANISATIONS_PATH } from '../organisations/paths.js';
import { SIGN_IN_PATH } from '../session/paths.js';
import { sessionApi } from '../session/session.api.js';
import { useLinkToken } from '../session/use-link-token.js';
import { useSession } from '../session/use-session.js';

const ids = fieldIds('setup', ['displayName', 'email', 'password']);

/** First run: whoever has the link the server printed creates the first account, the administrator. */
export function SetupPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const token = useLinkToken();
  useDocumentTitle(t('setup.title'));

  if (state.status === 'loading') return <LoadingStatus message={t('status.loadingSession')} />;
  if (state.status === 'ready' && state.data.user) {
    return <Navigate replace to={ORGANISATIONS_PATH} />;
  }
  return (
    <div className="narrow">
      <h1>{t('setup.title')}</h1>
      {!token ? (
        <p>{t('setup.noToken')}</p>
      ) : state.status === 'ready' && !state.data.setupRequired ? (
        <p>
          {t('setup.alreadyDone')} <Link to={SIGN_IN_PATH}>{t('setup.signInLink')}</Link>
        </p>
      ) : (
        <SetupForm token={token} />
      )}
    </div>
  );
}

function SetupForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const { apply } = useSession();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const form = useForm({
    schema: setupRequestSchema,
    ids,
    messages: {
      token: t('validation.incompleteLink'),
      email: t('validation.email'),
      displayName: t('validation.displayName'),
      password: t('validation.newPassword', { min: MIN_PASSWORD_LENGTH }),
    },
    onValid: async (account) => {
      apply(await sessionApi.completeSetup(account));
      void navigate(ORGANISATIONS_PATH, { replace: true, state: noticeState(t('setup.done')) });
    },
  });

  return (
    <>
      <p className="lead">{t('setup.intro')}</p>
      <Form
        errors={form.errors}
        ids={ids}
        onSubmit={() => void form.submit({ token, email, displayName, password })}
      >
        <DisplayNameField
          id={ids.displayName}
          value={displayName}
          onValueChange={setDisplayName}
          error={fieldError(form.errors, 'displayName')}
        />
        <EmailField
          id={ids.email}
          value={email}
          onValueChange={setEmail}
          error={fieldError(form.errors, 'email')}
        />
        <NewPasswordField
          id={ids.password}
          value={password}
          onValueChange={setPassword}
          error={fieldError(form.errors, 'password')}
        />
        <SubmitButton busy={form.busy}>{t('setup.submit')}</SubmitButton>
      </Form>
    </>
  );
}
