import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useResource } from '../../../api/use-resource.js';
import { ErrorAlert } from '../../../components/ErrorAlert.js';
import { LoadingStatus } from '../../../components/LoadingStatus.js';
import { useFormatDateTime } from '../../../i18n/use-format-date.js';
import { useDocumentTitle } from '../../../layout/use-document-title.js';
import { useCurrentUser } from '../../../session/use-current-user.js';
import { IntakeTokens } from './IntakeTokens.js';
import { receivedSubmissionPath, submissionsApi } from './submissions.api.js';
import { UploadSubmission } from './UploadSubmission.js';

/**
 * The submissions the secretariat holds, one per country and cycle, listed by country name:
 * never by maturity. Only the secretariat team sees this page.
 */
export function SecretariatSubmissionsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const submissions = useResource(submissionsApi.list);
  const formatDateTime = useFormatDateTime();
  useDocumentTitle(t('secretariatSubmissions.title'));
  if (user.instanceRole !== 'secretariat') {
    return (
      <div className="narrow">
        <h1>{t('secretariatSubmissions.title')}</h1>
        <p>{t('secretariatSubmissions.secretariatOnly')}</p>
      </div>
    );
  }
  return (
    <>
      <div className="page-intro">
        <h1>{t('secretariatSubmissions.title')}</h1>
        <p className="lead">{t('secretariatSubmissions.intro')}</p>
      </div>
      {submissions.status === 'loading' ? (
        <LoadingStatus message={t('secretariatSubmissions.loading')} />
      ) : submissions.status === 'error' ? (
        <ErrorAlert
          heading={t('secretariatSubmissions.unavailable')}
          error={submissions.error}
          onRetry={submissions.reload}
        />
      ) : submissions.data.length === 0 ? (
        <p>{t('secretariatSubmissions.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t('secretariatSubmissions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('secretariatSubmissions.country')}</th>
                <th scope="col">{t('secretariatSubmissions.cycle')}</th>
                <th scope="col">{t('secretariatSubmissions.scope')}</th>
                <th scope="col">{t('secretariatSubmissions.receivedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {submissions.data.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <Link to={receivedSubmissionPath(item.id)}>
                      {t('secretariatSubmissions.countryLink', {
                        country: item.countryName,
                        cycle: item.cycle,
                      })}
                    </Link>
                  </th>
                  <td>{item.cycle}</td>
                  <td>{t(`sharing.scope.${item.scope}`)}</td>
                  <td>
                    {formatDateTime(item.receivedAt)} ·{' '}
                    {t(`secretariatSubmissions.via.${item.receivedVia}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <UploadSubmission onReceived={submissions.reload} />
      <IntakeTokens />
    </>
  );
}
