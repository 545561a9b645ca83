import { useTranslation } from 'react-i18next';
import type { MemberView, OrganisationView } from '../../../domain/organisations/index.js';
import { ConfirmAction } from '../../components/ConfirmAction.js';
import { organisationsApi } from '../../organisations/organisations.api.js';

/** Asks before removing someone; the server refuses to remove the last lead, and says why here. */
export function RemoveMember({
  organisation,
  member,
  onRemoved,
  onCancel,
}: {
  organisation: OrganisationView;
  member: MemberView;
  onRemoved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmAction
      question={t('members.removeQuestion', {
        name: member.displayName,
        organisation: organisation.name,
      })}
      confirmLabel={t('members.confirmRemove', { name: member.displayName })}
      onConfirm={async () => {
        await organisationsApi.removeMember(organisation.id, member.id);
        onRemoved();
      }}
      onCancel={onCancel}
    />
  );
}
