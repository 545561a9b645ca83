import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationView } from '../../../domain/organisations/index.js';
import { useResource } from '../../api/use-resource.js';
import { useFormatCalendarDate } from '../../i18n/use-format-date.js';
import { nationalPath, progressApi, progressPath } from './progress.api.js';

/**
 * On the organisation's page: when the next assessment is due (24 months after the last sign-off
 * unless configured otherwise), and the way to progress over cycles and, for a federal country,
 * the national view.
 */
export function NextAssessmentDue({ organisation }: { organisation: OrganisationView }) {
  const { t } = useTranslation();
  const formatDate = useFormatCalendarDate();
  const load = useCallback(() => progressApi.progress(organisation.id), [organisation.id]);
  const progress = useResource(load);
  const federalNational =
    organisation.parentId === null && organisation.governmentSystem === 'federal';

  let due: string | undefined;
  if (progress.status === 'ready') {
    const { nextDue, overdue, reassessmentMonths } = progress.data;
    due =
      nextDue === null
        ? t('progress.noneFinalised')
        : overdue
          ? t('progress.overdue', { date: formatDate(nextDue) })
          : t('progress.nextDue', { date: formatDate(nextDue), months: reassessmentMonths });
  }
  return (
    <section className="section panel next-due" aria-labelledby="next-due-heading">
      <h2 id="next-due-heading">{t('progress.cyclesHeading')}</h2>
      {due !== undefined && (
        <p
          className={
            progress.status === 'ready' && progress.data.overdue
              ? 'notice notice--warning'
              : undefined
          }
        >
          {due}
        </p>
      )}
      <ul className="link-list">
        <li>
          <Link to={progressPath(organisation.id)}>{t('progress.link')}</Link>
        </li>
        {federalNational && (
          <li>
            <Link to={nationalPath(organisation.id)}>{t('national.link')}</Link>
          </li>
        )}
      </ul>
    </section>
  );
}
