import { useTranslation } from 'react-i18next';
import type { OrganisationRole } from '../../domain/access/index.js';

/** What a role may do, in a sentence, so people know what they accept or grant. */
export function RoleDescription({ role }: { role: OrganisationRole }) {
  const { t } = useTranslation();
  return <p className="role-description">{t(`roles.${role}.description`)}</p>;
}
