import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useResource } from '../api/use-resource.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { LoadingStatus } from '../components/LoadingStatus.js';
import { useDocumentTitle } from '../layout/use-document-title.js';
import { organisationsApi } from '../organisations/organisations.api.js';
import { NEW_ORGANISATION_PATH } from '../organisations/paths.js';
import { useCurrentUser } from '../session/use-current-user.js';
import { OrganisationCard } from './organisations/OrganisationCard.js';

/** The organisations the person belongs to; for instance administrators, every organisation. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const organisations = useResource(organisationsApi.list);
  const isAdmin = user.instanceRole === 'admin';
  useDocumentTitle(t('organisations.title'));

  return (
    <>
      <div className="page-intro">
        <h1>{t('organisations.title')}</h1>
        <p className="lead">{isAdmin ? t('organisations.introAdmin') : t('organisations.intro')}</p>
        {isAdmin && (
          <Link className="button" to={NEW_ORGANISATION_PATH}>
            {t('organisations.create')}
          </Link>
        )}
      </div>
      {organisations.status === 'loading' ? (
        <LoadingStatus message={t('status.loadingOrganisations')} />
      ) : organisations.status === 'error' ? (
        <ErrorAlert
          heading={t('errors.organisationsUnavailable')}
          error={organisations.error}
          onRetry={organisations.reload}
        />
      ) : organisations.data.length === 0 ? (
        <p>{isAdmin ? t('organisations.noneAdmin') : t('organisations.none')}</p>
      ) : (
        <ul className="card-grid">
          {organisations.data.map((organisation) => (
            <li key={organisation.id}>
              <OrganisationCard
                organisation={organisation}
                all={organisations.data}
                membership={user.memberships.find((m) => m.organisationId === organisation.id)}
              />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
