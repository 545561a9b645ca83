import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptInviteSchema, MIN_PASSWORD_LENGTH } from '../../../domain/accounts/index.js';
import { DisplayNameField, NewPasswordField } from '../../components/form/AccountFields.js';
import { Form } from '../../components/form/Form.js';
import { SubmitButton } from '../../components/form/SubmitButton.js';
import { fieldError } from '../../forms/form-errors.js';
import { fieldIds, useForm } from '../../forms/use-form.js';
import { useAcceptInvite } from './use-accept-invite.js';

const ids = fieldIds('accept-invite', ['displayName', 'password']);

/** Both are optional in the shared schema (people with an account send neither); here both are needed. */
const newAccountSchema = acceptInviteSchema.required({ displayName: true, password: true });

/** Someone new: their name and a password create the account and accept in one step. */
export function NewAccountForm({ token, organisation }: { token: string; organisation: string }) {
  const { t } = useTranslation();
  const accept = useAcceptInvite(organisation);
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const form = useForm({
    schema: newAccountSchema,
    ids,
    messages: {
      token: t('validation.incompleteLink'),
      displayName: t('validation.displayName'),
      password: t('validation.newPassword', { min: MIN_PASSWORD_LENGTH }),
    },
    onValid: accept,
  });

  return (
    <section aria-labelledby="new-account-heading">
      <h2 id="new-account-heading">{t('invite.newAccountHeading')}</h2>
      <p>{t('invite.newAccountIntro')}</p>
      <Form
        errors={form.errors}
        ids={ids}
        onSubmit={() => void form.submit({ token, displayName, password })}
      >
        <DisplayNameField
          id={ids.displayName}
          value={displayName}
          onValueChange={setDisplayName}
          error={fieldError(form.errors, 'displayName')}
        />
        <NewPasswordField
          id={ids.password}
          value={password}
          onValueChange={setPassword}
          error={fieldError(form.errors, 'password')}
        />
        <SubmitButton busy={form.busy}>{t('invite.createAndJoin')}</SubmitButton>
      </Form>
    </section>
  );
}
