import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberView, OrganisationView } from '../../../domain/organisations/index.js';
import { useCapabilityTitles } from '../../organisations/use-capability-titles.js';
import { MemberRoleForm } from './MemberRoleForm.js';
import { RemoveMember } from './RemoveMember.js';
import { PersonName } from '../../components/PersonName.js';

type Mode = 'view' | 'change-role' | 'remove';

/** One member: who, in what role, for which capabilities; leads also change or remove them. */
export function MemberItem({
  organisation,
  member,
  onChanged,
}: {
  organisation: OrganisationView;
  member: MemberView;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const capabilities = useCapabilityTitles();
  const [mode, setMode] = useState<Mode>('view');
  const actions = useRef<HTMLDivElement>(null);
  const leftMode = useRef(false);

  // Back from a form, focus returns to the member's buttons rather than the top of the page.
  useEffect(() => {
    if (mode === 'view' && leftMode.current) actions.current?.querySelector('button')?.focus();
  }, [mode]);

  function backToView() {
    leftMode.current = true;
    setMode('view');
  }

  const scope =
    member.role !== 'contributor'
      ? undefined
      : member.capabilityScope === null
        ? t('members.allCapabilities')
        : t('members.onlyCapabilities', {
            capabilities: member.capabilityScope.map(capabilities.title).join(', '),
          });

  return (
    <li className="member">
      <PersonName name={member.displayName} email={member.email} />
      <div className="member__role">
        <span className="role-tag">{t(`roles.${member.role}.name`)}</span>
        {scope && <p className="member__scope">{scope}</p>}
      </div>
      {organisation.permissions.manageMembers && mode === 'view' && (
        <div className="member__actions" ref={actions}>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setMode('change-role')}
          >
            {t('members.changeRole')}
            <span className="visually-hidden">
              {' '}
              {t('members.ofMember', { name: member.displayName })}
            </span>
          </button>
          <button
            type="button"
            className="button button--danger button--small"
            onClick={() => setMode('remove')}
          >
            {t('members.remove')}
            <span className="visually-hidden"> {member.displayName}</span>
          </button>
        </div>
      )}
      {mode === 'change-role' && (
        <MemberRoleForm
          organisationId={organisation.id}
          member={member}
          onSaved={() => {
            backToView();
            onChanged();
          }}
          onStale={onChanged}
          onCancel={backToView}
        />
      )}
      {mode === 'remove' && (
        <RemoveMember
          organisation={organisation}
          member={member}
          onRemoved={onChanged}
          onCancel={backToView}
        />
      )}
    </li>
  );
}
