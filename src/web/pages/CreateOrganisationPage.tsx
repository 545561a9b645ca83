import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { LoadingStatus } from '../components/LoadingStatus.js';
import { useDocumentTitle } from '../layout/use-document-title.js';
import { ORGANISATIONS_PATH } from '../organisations/paths.js';
import { useCountries } from '../organisations/use-countries.js';
import { useCurrentUser } from '../session/use-current-user.js';
import { CreateOrganisationForm } from './organisations/CreateOrganisationForm.js';
import { Breadcrumb } from '../components/Breadcrumb.js';

/** Instance administrators add a country's national organisation, then invite its first lead. */
export function CreateOrganisationPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const countries = useCountries();
  useDocumentTitle(t('createOrganisation.title'));

  return (
    <div className="narrow">
      <Breadcrumb
        trail={[{ label: t('organisations.title'), to: ORGANISATIONS_PATH }]}
        current={t('createOrganisation.title')}
      />
      <h1>{t('createOrganisation.title')}</h1>
      {user.instanceRole !== 'admin' ? (
        <p>{t('createOrganisation.adminsOnly')}</p>
      ) : countries.status === 'loading' ? (
        <LoadingStatus message={t('status.loadingCountries')} />
      ) : countries.status === 'error' ? (
        <ErrorAlert
          heading={t('errors.countriesUnavailable')}
          error={countries.error}
          onRetry={countries.reload}
        />
      ) : (
        <>
          <p className="lead">{t('createOrganisation.intro')}</p>
          <CreateOrganisationForm countries={countries.data} />
        </>
      )}
    </div>
  );
}
