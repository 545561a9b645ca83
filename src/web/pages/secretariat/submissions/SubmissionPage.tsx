import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { FrameworkView } from '../../../../domain/framework/index.js';
import type { ReceivedSubmissionView } from '../../../../domain/sharing/index.js';
import { useResource } from '../../../api/use-resource.js';
import { Breadcrumb } from '../../../components/Breadcrumb.js';
import { ErrorAlert } from '../../../components/ErrorAlert.js';
import { FrameworkGate } from '../../../components/FrameworkGate.js';
import { LoadingStatus } from '../../../components/LoadingStatus.js';
import { useStageTitles } from '../../../framework/use-stage-titles.js';
import { useFormatCalendarDate, useFormatDateTime } from '../../../i18n/use-format-date.js';
import { useLocalize } from '../../../i18n/use-localize.js';
import { useDocumentTitle } from '../../../layout/use-document-title.js';
import { RemoveSubmission } from './RemoveSubmission.js';
import { SUBMISSIONS_PATH, submissionsApi } from './submissions.api.js';

type Result = ReceivedSubmissionView['payload']['capabilities'][number]['result'];

/** One country's submission in full, for the secretariat team only. */
export function SecretariatSubmissionPage() {
  const { t } = useTranslation();
  const { submissionId = '' } = useParams();
  const load = useCallback(() => submissionsApi.get(submissionId), [submissionId]);
  const submission = useResource(load);
  const title =
    submission.status === 'ready'
      ? t('secretariatSubmissions.viewTitle', {
          country: submission.data.countryName,
          cycle: submission.data.cycle,
        })
      : t('secretariatSubmissions.title');
  useDocumentTitle(title);
  if (submission.status === 'loading') {
    return <LoadingStatus message={t('secretariatSubmissions.loadingOne')} />;
  }
  if (submission.status === 'error') {
    return (
      <ErrorAlert
        heading={t('secretariatSubmissions.unavailableOne')}
        error={submission.error}
        onRetry={submission.reload}
      />
    );
  }
  return (
    <>
      <Breadcrumb
        trail={[{ label: t('secretariatSubmissions.title'), to: SUBMISSIONS_PATH }]}
        current={title}
      />
      <h1>{title}</h1>
      {/* Sub-domain and capability keys are stable across framework versions. */}
      <FrameworkGate frameworkKey={submission.data.payload.assessment.frameworkKey}>
        {(framework) => <SubmissionView submission={submission.data} framework={framework} />}
      </FrameworkGate>
      <RemoveSubmission submission={submission.data} />
    </>
  );
}

function SubmissionView({
  submission,
  framework,
}: {
  submission: ReceivedSubmissionView;
  framework: FrameworkView;
}) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const stageTitle = useStageTitles(framework);
  const formatDateTime = useFormatDateTime();
  const formatDate = useFormatCalendarDate();
  const { payload } = submission;
  const { country, consent, contact } = payload;
  const result = (value: Result) =>
    value === null
      ? t('secretariatSubmissions.notAssessed')
      : value === 'not-applicable'
        ? t('secretariatSubmissions.notApplicable')
        : `${t('stage.number', { number: value })} · ${stageTitle(value)}`;
  const subDomains = new Map<string, (typeof payload.subDomains)[number]>(
    payload.subDomains.map((subDomain) => [subDomain.key, subDomain]),
  );
  const capabilities = new Map<string, (typeof payload.capabilities)[number]>(
    payload.capabilities.map((capability) => [capability.key, capability]),
  );
  const notRecorded = t('reference.notRecorded');

  return (
    <>
      <section className="section panel" aria-labelledby="submission-facts-heading">
        <h2 id="submission-facts-heading">{t('secretariatSubmissions.factsHeading')}</h2>
        <dl className="facts">
          <dt>{t('secretariatSubmissions.country')}</dt>
          <dd>
            {country.name} ({country.code})
          </dd>
          <dt>{t('secretariatSubmissions.classification')}</dt>
          <dd>
            {[
              country.region ? t(`reference.region.${country.region}`) : notRecorded,
              country.incomeGroup ? t(`reference.income.${country.incomeGroup}`) : notRecorded,
              t(`reference.system.${country.governmentSystem}.name`),
            ].join(' · ')}
          </dd>
          <dt>{t('secretariatSubmissions.period')}</dt>
          <dd>
            {t('secretariatSubmissions.periodValue', {
              start: formatDate(payload.assessment.periodStart),
              end: formatDate(payload.assessment.periodEnd),
              finalised: formatDateTime(payload.assessment.finalisedAt),
            })}
          </dd>
          <dt>{t('secretariatSubmissions.consent')}</dt>
          <dd>
            {t('secretariatSubmissions.consentValue', {
              who: consent.givenBy.name,
              email: consent.givenBy.email,
              when: formatDateTime(consent.givenAt),
              scope: t(`sharing.scope.${consent.scope}`),
            })}
          </dd>
          <dt>{t('secretariatSubmissions.knowledgeExchange')}</dt>
          <dd>
            {consent.knowledgeExchange
              ? t('secretariatSubmissions.yes')
              : t('secretariatSubmissions.no')}
          </dd>
          <dt>{t('secretariatSubmissions.contact')}</dt>
          <dd>
            {contact.name}, {contact.organisation} ·{' '}
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </dd>
          <dt>{t('secretariatSubmissions.made')}</dt>
          <dd>{formatDateTime(submission.createdAt)}</dd>
          <dt>{t('secretariatSubmissions.received')}</dt>
          <dd>
            {formatDateTime(submission.receivedAt)} ·{' '}
            {t(`secretariatSubmissions.via.${submission.receivedVia}`)}
          </dd>
          <dt>{t('secretariatSubmissions.fingerprint')}</dt>
          <dd>
            <code>{submission.keyFingerprint}</code>
          </dd>
        </dl>
      </section>
      {framework.capabilities.map((capability) => (
        <section
          className="section"
          key={capability.key}
          aria-labelledby={`capability-${capability.key}`}
        >
          <h2 id={`capability-${capability.key}`}>{localize(capability.title)}</h2>
          <p>
            {t('secretariatSubmissions.capabilityStage', {
              result: result(capabilities.get(capability.key)?.result ?? null),
            })}
          </p>
          <div className="table-scroll">
            <table className="data-table">
              <caption>
                {t('secretariatSubmissions.subDomainsCaption', {
                  capability: localize(capability.title),
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('secretariatSubmissions.subDomain')}</th>
                  <th scope="col">{t('secretariatSubmissions.agreedStage')}</th>
                  <th scope="col">{t('secretariatSubmissions.exchange')}</th>
                  {payload.consent.scope === 'stages-indicators-plan' && (
                    <th scope="col">{t('secretariatSubmissions.indicatorsMet')}</th>
                  )}
                </tr>
              </thead>
              <tbody>
                {capability.subDomains.map((subDomain) => {
                  const shared = subDomains.get(subDomain.key);
                  const statuses = Object.values(shared?.indicatorStatuses ?? {});
                  return (
                    <tr key={subDomain.key}>
                      <th scope="row">
                        {t('sharing.subDomainLabel', {
                          number: subDomain.number,
                          title: localize(subDomain.title),
                        })}
                      </th>
                      <td>{result(shared?.result ?? null)}</td>
                      <td>{t(`sharing.interest.${shared?.exchange ?? 'none'}`)}</td>
                      {payload.consent.scope === 'stages-indicators-plan' && (
                        <td>
                          {t('secretariatSubmissions.metOf', {
                            met: statuses.filter((status) => status === 'met').length,
                            rated: statuses.length,
                          })}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      {payload.planSummary && (
        <section className="section" aria-labelledby="plan-summary-heading">
          <h2 id="plan-summary-heading">{t('secretariatSubmissions.planHeading')}</h2>
          <p>{t('secretariatSubmissions.planTotal', { count: payload.planSummary.total })}</p>
          <ul>
            {Object.entries(payload.planSummary.byStatus).map(([status, count]) => (
              <li key={status}>
                {t(`plan.status.${status as keyof typeof payload.planSummary.byStatus}`)}: {count}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
