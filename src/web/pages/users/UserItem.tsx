import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INSTANCE_ROLES, type InstanceRole } from '../../../domain/access/index.js';
import { updateInstanceRoleSchema, type UserSummary } from '../../../domain/accounts/index.js';
import { Form } from '../../components/form/Form.js';
import { SelectField } from '../../components/form/SelectField.js';
import { SubmitButton } from '../../components/form/SubmitButton.js';
import { fieldError } from '../../forms/form-errors.js';
import { fieldIds, useForm } from '../../forms/use-form.js';
import { useSession } from '../../session/use-session.js';
import { usersApi } from '../../users/users.api.js';
import { PersonName } from '../../components/PersonName.js';

/** One account and its instance role, which an administrator changes here. */
export function UserItem({ user }: { user: UserSummary }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const ids = useMemo(() => fieldIds(`user-${user.id}`, ['instanceRole']), [user.id]);
  const [saved, setSaved] = useState(user);
  const [role, setRole] = useState(user.instanceRole ?? '');
  const [done, setDone] = useState(false);
  const form = useForm({
    schema: updateInstanceRoleSchema,
    ids,
    messages: { instanceRole: t('validation.instanceRole') },
    onValid: async ({ instanceRole }) => {
      setDone(false);
      setSaved(await usersApi.updateInstanceRole(user.id, instanceRole));
      setDone(true);
      // Changing one's own role changes what one may do.
      await refresh();
    },
  });
  const options = [
    { value: '', label: t('users.noInstanceRole') },
    ...INSTANCE_ROLES.map((value) => ({ value, label: t(`users.instanceRole.${value}`) })),
  ];

  return (
    <li className="member">
      <PersonName name={saved.displayName} email={saved.email} />
      <div className="user-item__form">
        <Form
          errors={form.errors}
          ids={ids}
          label={t('users.instanceRoleOf', { name: saved.displayName })}
          onSubmit={() =>
            void form.submit({ instanceRole: role === '' ? null : (role as InstanceRole) })
          }
        >
          <div className="inline-form">
            <SelectField
              id={ids.instanceRole}
              label={t('users.instanceRoleOf', { name: saved.displayName })}
              value={role}
              options={options}
              onValueChange={(value) => {
                setRole(value);
                setDone(false);
              }}
              error={fieldError(form.errors, 'instanceRole')}
            />
            <SubmitButton busy={form.busy} className="button button--secondary">
              {t('users.save')}
            </SubmitButton>
          </div>
          <p className="inline-status" role="status">
            {done ? t('users.saved', { name: saved.displayName }) : ''}
          </p>
        </Form>
      </div>
    </li>
  );
}
