import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_ROLES, type OrganisationRole } from '../../../domain/access/index.js';
import {
  memberViewSchema,
  updateMembershipSchema,
  type MemberView,
} from '../../../domain/organisations/index.js';
import { currentFromConflict } from '../../api/conflict.js';
import { Form } from '../../components/form/Form.js';
import { SelectField } from '../../components/form/SelectField.js';
import { SubmitButton } from '../../components/form/SubmitButton.js';
import { fieldError } from '../../forms/form-errors.js';
import { fieldIds, useForm } from '../../forms/use-form.js';
import { scopeFor } from '../../organisations/capability-scope.js';
import { organisationsApi } from '../../organisations/organisations.api.js';
import { CapabilityScopeField } from './CapabilityScopeField.js';

/**
 * A member's new role (and, for a contributor, capabilities). Based on the version listed: if
 * someone changed it meanwhile, the server's explanation is shown and the list read again.
 */
export function MemberRoleForm({
  organisationId,
  member,
  onSaved,
  onStale,
  onCancel,
}: {
  organisationId: string;
  member: MemberView;
  onSaved: () => void;
  onStale: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const ids = useMemo(
    () => fieldIds(`member-${member.id}`, ['role', 'capabilityScope']),
    [member.id],
  );
  const [role, setRole] = useState<OrganisationRole>(member.role);
  const [ticked, setTicked] = useState<string[]>(member.capabilityScope ?? []);
  const form = useForm({
    schema: updateMembershipSchema,
    ids,
    messages: { role: t('validation.role'), capabilityScope: t('validation.capabilityScope') },
    onValid: async (change) => {
      try {
        await organisationsApi.updateMember(organisationId, member.id, change);
      } catch (error) {
        if (currentFromConflict(error, memberViewSchema)) onStale();
        throw error;
      }
      onSaved();
    },
  });

  return (
    <Form
      errors={form.errors}
      ids={ids}
      label={t('members.changeRoleOf', { name: member.displayName })}
      onSubmit={() =>
        void form.submit({
          version: member.version,
          role,
          capabilityScope: scopeFor(role, ticked),
        })
      }
    >
      <SelectField
        id={ids.role}
        label={t('members.roleOf', { name: member.displayName })}
        value={role}
        options={ORGANISATION_ROLES.map((value) => ({
          value,
          label: t(`roles.${value}.name`),
        }))}
        onValueChange={(value) => setRole(value as OrganisationRole)}
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
      <div className="actions">
        <SubmitButton busy={form.busy}>{t('members.saveRole')}</SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </Form>
  );
}
