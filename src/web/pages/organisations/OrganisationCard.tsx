import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionUser } from '../../../domain/accounts/index.js';
import type { OrganisationView } from '../../../domain/organisations/index.js';
import { organisationPath } from '../../organisations/paths.js';
import { useCountryName } from '../../organisations/use-country-name.js';

type Membership = SessionUser['memberships'][number];

/** One organisation in the list: its country, what kind it is, and the person's role in it. */
export function OrganisationCard({
  organisation,
  all,
  membership,
}: {
  organisation: OrganisationView;
  all: readonly OrganisationView[];
  membership: Membership | undefined;
}) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const parent = organisation.parentId
    ? all.find((candidate) => candidate.id === organisation.parentId)
    : undefined;
  const headingId = `organisation-${organisation.id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 className="card__title" id={headingId}>
        <Link to={organisationPath(organisation.id)}>{organisation.name}</Link>
      </h2>
      <p className="card__meta">
        {organisation.parentId
          ? t('organisations.jurisdictionOf', {
              country: countryName(organisation.countryCode),
              parent: parent?.name ?? t('organisations.nationalOrganisation'),
            })
          : t('organisations.nationalOf', { country: countryName(organisation.countryCode) })}
      </p>
      <p className="card__meta">
        {membership
          ? t('organisations.yourRole', { role: t(`roles.${membership.role}.name`) })
          : t('organisations.notAMember')}
      </p>
    </article>
  );
}
