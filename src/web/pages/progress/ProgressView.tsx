import { useTranslation } from 'react-i18next';
import type { OrganisationProgress } from '../../../domain/assessment/api/index.js';
import type { OrganisationView } from '../../../domain/organisations/index.js';
import { Breadcrumb } from '../../components/Breadcrumb.js';
import { useFormatCalendarDate } from '../../i18n/use-format-date.js';
import { ORGANISATIONS_PATH, organisationPath } from '../../organisations/paths.js';
import { CompareForm } from './CompareForm.js';
import { TrendChart } from './TrendChart.js';

export function ProgressView({
  organisation,
  progress,
}: {
  organisation: OrganisationView;
  progress: OrganisationProgress;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatCalendarDate();
  return (
    <>
      <Breadcrumb
        trail={[
          { label: t('organisations.title'), to: ORGANISATIONS_PATH },
          { label: organisation.name, to: organisationPath(organisation.id) },
        ]}
        current={t('progress.title')}
      />
      <div className="page-intro">
        <p className="eyebrow">{organisation.name}</p>
        <h1>{t('progress.title')}</h1>
        <p className={progress.overdue ? 'notice notice--warning' : 'page-intro__meta'}>
          {progress.nextDue === null
            ? t('progress.noneFinalised')
            : progress.overdue
              ? t('progress.overdue', { date: formatDate(progress.nextDue) })
              : t('progress.nextDue', {
                  date: formatDate(progress.nextDue),
                  months: progress.reassessmentMonths,
                })}
        </p>
      </div>
      {progress.cycles.length === 0 ? (
        <p>{t('progress.noCycles')}</p>
      ) : (
        <>
          <TrendChart cycles={progress.cycles} />
          {progress.cycles.length >= 2 ? (
            <CompareForm organisationId={organisation.id} cycles={progress.cycles} />
          ) : (
            <p>{t('progress.compareNeedsTwo')}</p>
          )}
        </>
      )}
    </>
  );
}
