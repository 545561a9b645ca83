import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useResource } from '../../api/use-resource.js';
import { assessmentsApi } from '../../assessments/assessments.api.js';
import { assessmentPath } from '../../assessments/paths.js';
import { Breadcrumb } from '../../components/Breadcrumb.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { FrameworkGate } from '../../components/FrameworkGate.js';
import { LoadingStatus } from '../../components/LoadingStatus.js';
import { useDocumentTitle } from '../../layout/use-document-title.js';
import { ShareForm } from './ShareForm.js';
import { sharingApi } from './sharing.api.js';
import { SubmissionList } from './SubmissionList.js';

/**
 * "Share with the Alliance": what sharing promises, the lead's choices and consent, and what was
 * shared of this assessment.
 */
export function SharePage() {
  const { t } = useTranslation();
  const { assessmentId = '' } = useParams();
  const loadOverview = useCallback(() => assessmentsApi.overview(assessmentId), [assessmentId]);
  const loadSharing = useCallback(() => sharingApi.get(assessmentId), [assessmentId]);
  const overview = useResource(loadOverview);
  const sharing = useResource(loadSharing);
  useDocumentTitle(t('sharing.title'));

  if (overview.status === 'loading' || sharing.status === 'loading') {
    return <LoadingStatus message={t('sharing.loading')} />;
  }
  if (overview.status === 'error' || sharing.status === 'error') {
    const error =
      overview.status === 'error'
        ? overview.error
        : sharing.status === 'error'
          ? sharing.error
          : null;
    return error ? (
      <ErrorAlert
        heading={t('sharing.unavailable')}
        error={error}
        onRetry={() => {
          overview.reload();
          sharing.reload();
        }}
      />
    ) : null;
  }
  const { assessment } = overview.data;
  const data = sharing.data;
  return (
    <div className="narrow">
      <Breadcrumb
        trail={[{ label: assessment.title, to: assessmentPath(assessment.id) }]}
        current={t('sharing.title')}
      />
      <h1>{t('sharing.title')}</h1>
      <section className="section panel" aria-labelledby="share-promises-heading">
        <h2 id="share-promises-heading">{t('sharing.promisesHeading')}</h2>
        <ul className="share-promises">
          <li>{t('sharing.promiseVoluntary')}</li>
          <li>{t('sharing.promiseSecretariatOnly')}</li>
          <li>{t('sharing.promiseAggregated')}</li>
          <li>{t('sharing.promiseNoRanking')}</li>
          <li>{t('sharing.promiseExchange')}</li>
          <li>{t('sharing.promiseWithdraw')}</li>
        </ul>
      </section>
      {data.notShareableReason ? (
        <p className="differs-note">
          {data.notShareableReason}{' '}
          <Link to={assessmentPath(assessment.id)}>{t('sharing.backToAssessment')}</Link>
        </p>
      ) : data.canManage ? (
        <section className="section" aria-labelledby="share-form-heading">
          <h2 id="share-form-heading">{t('sharing.formHeading')}</h2>
          <FrameworkGate
            frameworkKey={assessment.frameworkKey}
            version={assessment.frameworkVersion}
          >
            {(framework) => (
              <ShareForm
                assessmentId={assessment.id}
                sharing={data}
                framework={framework}
                onShared={sharing.reload}
              />
            )}
          </FrameworkGate>
        </section>
      ) : (
        <p>{t('sharing.leadsOnly')}</p>
      )}
      <SubmissionList assessmentId={assessment.id} sharing={data} onChanged={sharing.reload} />
    </div>
  );
}
