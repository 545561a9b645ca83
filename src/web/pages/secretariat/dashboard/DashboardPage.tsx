import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS, type Dimension } from '../../../../domain/aggregation/index.js';
import { useResource } from '../../../api/use-resource.js';
import { ErrorAlert } from '../../../components/ErrorAlert.js';
import { LoadingStatus } from '../../../components/LoadingStatus.js';
import { SelectField } from '../../../components/form/SelectField.js';
import { useDocumentTitle } from '../../../layout/use-document-title.js';
import { aggregatesApi, exportUrl } from './aggregates.api.js';
import { CountText, SUPPRESSED_NOTE_ID } from './DashboardCells.js';
import { DistributionTableView, type Subject } from './DistributionTables.js';
import { SupportInterestTable } from './SupportInterestTable.js';
import { TrendTableView } from './TrendTables.js';
import { useItemTitles } from './use-item-titles.js';

const SUBJECTS: readonly Subject[] = ['subDomains', 'capabilities'];

/**
 * The secretariat's view across countries: how many countries reached each stage, by region,
 * income group, government system or cycle; how that changed between cycles; and where countries
 * seek or offer support. Counts only, with small ones suppressed; no country is ever listed.
 */
export function SecretariatDashboardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('secretariatDashboard.title'));
  const [by, setBy] = useState<Dimension>('region');
  const [subject, setSubject] = useState<Subject>('subDomains');
  const loadDistributions = useCallback(() => aggregatesApi.distributions(by), [by]);
  const distributions = useResource(loadDistributions);
  const trends = useResource(aggregatesApi.trends);
  const support = useResource(aggregatesApi.supportInterest);
  const title = useItemTitles();

  const failed = [distributions, trends, support].find((resource) => resource.status === 'error');
  if (failed?.status === 'error') {
    return (
      <ErrorAlert
        heading={t('secretariatDashboard.unavailable')}
        error={failed.error}
        onRetry={failed.reload}
      />
    );
  }

  return (
    <>
      <div className="page-intro">
        <h1>{t('secretariatDashboard.title')}</h1>
        <p className="lead">{t('secretariatDashboard.intro')}</p>
      </div>
      {distributions.status !== 'ready' ||
      trends.status !== 'ready' ||
      support.status !== 'ready' ? (
        <LoadingStatus message={t('secretariatDashboard.loading')} />
      ) : (
        <>
          <div className="notice" id={SUPPRESSED_NOTE_ID}>
            <p>{t('secretariatDashboard.suppressedNote', { k: distributions.data.k })}</p>
          </div>
          <dl className="facts">
            <dt>{t('secretariatDashboard.countries')}</dt>
            <dd>
              <CountText cell={distributions.data.countries} />
            </dd>
          </dl>
          <form className="aggregate-controls" onSubmit={(event) => event.preventDefault()}>
            <SelectField
              id="dashboard-by"
              label={t('secretariatDashboard.by')}
              value={by}
              options={DIMENSIONS.map((dimension) => ({
                value: dimension,
                label: t(`secretariatDashboard.dimension.${dimension}`),
              }))}
              onValueChange={(value) => setBy(value as Dimension)}
            />
            <SelectField
              id="dashboard-subject"
              label={t('secretariatDashboard.subject')}
              value={subject}
              options={SUBJECTS.map((value) => ({
                value,
                label: t(`secretariatDashboard.subjects.${value}`),
              }))}
              onValueChange={(value) => setSubject(value as Subject)}
            />
          </form>
          <p className="actions">
            <a className="button button--secondary" href={exportUrl('csv', by)} download>
              {t('secretariatDashboard.downloadCsv')}
            </a>
            <a className="button button--secondary" href={exportUrl('xlsx', by)} download>
              {t('secretariatDashboard.downloadXlsx')}
            </a>
          </p>

          <section className="section" aria-labelledby="distributions-heading">
            <h2 id="distributions-heading">
              {t('secretariatDashboard.distributionsHeading', {
                subject: t(`secretariatDashboard.subjects.${subject}`),
                by: t(`secretariatDashboard.dimensionInHeading.${by}`),
              })}
            </h2>
            {distributions.data[subject].map((table) => (
              <DistributionTableView
                key={table.item}
                title={title(table.item)}
                by={distributions.data.by}
                columns={distributions.data.columns}
                table={table}
              />
            ))}
          </section>

          <section className="section" aria-labelledby="trends-heading">
            <h2 id="trends-heading">{t('secretariatDashboard.trendsHeading')}</h2>
            {trends.data[subject].every((entry) => entry.trends.length === 0) ? (
              <p>{t('secretariatDashboard.noTrends')}</p>
            ) : (
              trends.data[subject].map((entry) => (
                <TrendTableView
                  key={entry.item}
                  title={title(entry.item)}
                  columns={trends.data.columns}
                  trends={entry.trends}
                />
              ))
            )}
          </section>

          <section className="section" aria-labelledby="support-heading">
            <h2 id="support-heading">{t('secretariatDashboard.supportHeading')}</h2>
            <p>{t('secretariatDashboard.supportIntro')}</p>
            <SupportInterestTable interest={support.data} title={title} />
          </section>
        </>
      )}
    </>
  );
}
