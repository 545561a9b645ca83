import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_ROLES, type OrganisationRole } from '../../../domain/access/index.js';
import { createInviteSchema, type CreatedInvite } from '../../../domain/accounts/index.js';
import type { OrganisationView } from '../../../domain/organisations/index.js';
import { ChoiceGroup } from '../../components/form/ChoiceGroup.js';
import { Form } from '../../components/form/Form.js';
import { SubmitButton } from '../../components/form/SubmitButton.js';
import { TextField } from '../../components/form/TextField.js';
import { fieldError } from '../../forms/form-errors.js';
import { fieldIds, useForm } from '../../forms/use-form.js';
import { invitesApi } from '../../invites/invites.api.js';
import { scopeFor } from '../../organisations/capability-scope.js';
import { CapabilityScopeField } from './CapabilityScopeField.js';

const ids = fieldIds('invite', ['email', 'role', 'capabilityScope']);

/**
 * An invitation by email. Leads invite any role; an instance administrator, who is not a member,
 * invites leads only (the leads then invite everyone else).
 */
export function InviteForm({
  organisation,
  onInvited,
}: {
  organisation: OrganisationView;
  onInvited: (created: CreatedInvite) => void;
}) {
  const { t } = useTranslation();
  const leadOnly = !organisation.permissions.manageMembers;
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<OrganisationRole | ''>(leadOnly ? 'lead' : '');
  const [ticked, setTicked] = useState<string[]>([]);
  const form = useForm({
    schema: createInviteSchema,
    ids,
    messages: {
      email: t('validation.email'),
      role: t('validation.role'),
      capabilityScope: t('validation.capabilityScope'),
    },
    onValid: async (invite) => {
      const created = await invitesApi.create(organisation.id, invite);
      setEmail('');
      setTicked([]);
      onInvited(created);
    },
  });
  const roles = leadOnly ? (['lead'] as const) : ORGANISATION_ROLES;

  return (
    <Form
      errors={form.errors}
      ids={ids}
      label={t('invites.heading')}
      onSubmit={() =>
        void form.submit({
          email,
          role: role as OrganisationRole,
          capabilityScope: role ? scopeFor(role, ticked) : null,
        })
      }
    >
      <TextField
        id={ids.email}
        label={t('fields.inviteEmail')}
        type="email"
        autoComplete="off"
        spellCheck={false}
        value={email}
        onValueChange={setEmail}
        error={fieldError(form.errors, 'email')}
      />
      <ChoiceGroup
        id={ids.role}
        type="radio"
        legend={t('fields.role')}
        hint={leadOnly ? t('invites.leadOnly') : undefined}
        choices={roles.map((value) => ({
          value,
          label: t(`roles.${value}.name`),
          hint: t(`roles.${value}.description`),
        }))}
        selected={[role]}
        onToggle={(value) => setRole(value as OrganisationRole)}
        error={fieldError(form.errors, 'role')}
      />
      {role === 'contributor' && (
        <CapabilityScopeField
          id={ids.capabilityScope}
          ticked={ticked}
          onChange={setTicked}
          error={fieldError(form.errors, 'capabilityScope')}
        />
      )}
      <SubmitButton busy={form.busy}>{t('invites.submit')}</SubmitButton>
    </Form>
  );
}
