import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationView } from '../../../domain/organisations/index.js';
import { organisationPath } from '../../organisations/paths.js';
import { AddJurisdictionForm } from './AddJurisdictionForm.js';

/** A federal country runs the exercise per jurisdiction; this lists them and adds more. */
export function JurisdictionsSection({
  organisation,
  onAdded,
}: {
  organisation: OrganisationView;
  onAdded: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="section panel" aria-labelledby="jurisdictions-heading">
      <h2 id="jurisdictions-heading">{t('jurisdictions.heading')}</h2>
      <p>{t('jurisdictions.intro')}</p>
      {organisation.jurisdictions.length === 0 ? (
        <p>{t('jurisdictions.none')}</p>
      ) : (
        <ul className="link-list">
          {organisation.jurisdictions.map((jurisdiction) => (
            <li key={jurisdiction.id}>
              <Link to={organisationPath(jurisdiction.id)}>{jurisdiction.name}</Link>
            </li>
          ))}
        </ul>
      )}
      {organisation.permissions.addJurisdiction && (
        <AddJurisdictionForm parentId={organisation.id} onAdded={onAdded} />
      )}
    </section>
  );
}
