import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useResource } from '../api/use-resource.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { LoadingStatus } from '../components/LoadingStatus.js';
import { useDocumentTitle } from '../layout/use-document-title.js';
import { organisationsApi } from '../organisations/organisations.api.js';
import { OrganisationDetail } from './organisation/OrganisationDetail.js';

export function OrganisationPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const load = useCallback(() => organisationsApi.get(organisationId), [organisationId]);
  const organisation = useResource(load);
  useDocumentTitle(organisation.status === 'ready' ? organisation.data.name : undefined);

  if (organisation.status === 'loading') {
    return <LoadingStatus message={t('status.loadingOrganisation')} />;
  }
  if (organisation.status === 'error') {
    return (
      <ErrorAlert
        heading={t('errors.organisationUnavailable')}
        error={organisation.error}
        onRetry={organisation.reload}
      />
    );
  }
  return (
    <OrganisationDetail
      organisation={organisation.data}
      onChanged={organisation.replace}
      onReload={organisation.reload}
    />
  );
}
