import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentSummary } from '../../../domain/assessment/api/index.js';
import { assessmentPath } from '../../assessments/paths.js';
import { ProgressMeter } from '../../components/assessment/ProgressMeter.js';
import { useFormatCalendarDate, useFormatDateTime } from '../../i18n/use-format-date.js';

/** One assessment in the organisation's list: its period, state and progress. */
export function AssessmentItem({
  assessment,
  onStartNext,
}: {
  assessment: AssessmentSummary;
  /** Offered to leads for a finalised assessment. */
  onStartNext: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatCalendarDate();
  const formatDateTime = useFormatDateTime();
  const headingId = `assessment-${assessment.id}`;
  return (
    <li className="stack-card">
      <h3 className="assessment-item__title" id={headingId}>
        <Link to={assessmentPath(assessment.id)}>{assessment.title}</Link>
      </h3>
      <p className="card__meta">
        {t('assessment.periodRange', {
          start: formatDate(assessment.periodStart),
          end: formatDate(assessment.periodEnd),
        })}
      </p>
      <p className="card__meta">
        <span className={`state-tag state-tag--${assessment.state}`}>
          {t(`assessmentState.${assessment.state}`)}
        </span>{' '}
        {assessment.finalisedAt &&
          t('assessments.finalisedOn', { when: formatDateTime(assessment.finalisedAt) })}
      </p>
      <ProgressMeter
        label={
          <>
            {t('assessments.progress')}
            <span className="visually-hidden"> {assessment.title}</span>
          </>
        }
        percent={assessment.progressPercent}
      />
      {onStartNext && (
        <button
          type="button"
          className="button button--secondary button--small"
          aria-describedby={headingId}
          onClick={onStartNext}
        >
          {t('assessments.startNext')}
        </button>
      )}
    </li>
  );
}
