import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanItemView } from '../../../domain/plan/plan.schemas.js';
import { useFormatCalendarDate } from '../../i18n/use-format-date.js';
import { timelineOf } from '../../plan/plan-filter.js';
import { usePlanLabels } from './use-plan-labels.js';

/** Grid lines as custom properties the stylesheet places bars and year labels with. */
function gridStyle(properties: Record<string, number>): CSSProperties {
  return Object.fromEntries(
    Object.entries(properties).map(([name, value]) => [`--${name}`, String(value)]),
  ) as CSSProperties;
}

/**
 * The actions on a time axis, month by month from start to target date. The bars are drawn
 * for the eye; each row also states its dates and status in words, so the list reads the same
 * without them.
 */
export function PlanTimeline({ items }: { items: readonly PlanItemView[] }) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const formatDate = useFormatCalendarDate();
  const { first, months, rows, unscheduled } = timelineOf(items);
  const firstYear = Math.floor(first / 12);
  const years = Array.from(
    { length: months ? Math.floor((first + months - 1) / 12) - firstYear + 1 : 0 },
    (_, index) => firstYear + index,
  );
  const line = (month: number) => month - first + 2;
  const dates = (item: PlanItemView) =>
    [item.startDate, item.targetDate]
      .map((date) => (date ? formatDate(date) : t('plan.timeline.open')))
      .join(' – ');

  return (
    <section className="section" aria-labelledby="plan-timeline-heading">
      <h2 id="plan-timeline-heading">{t('plan.timeline.heading')}</h2>
      {rows.length === 0 ? (
        <p className="hint">{t('plan.timeline.empty')}</p>
      ) : (
        <div className="plan-timeline" style={gridStyle({ months })}>
          <div className="plan-timeline__axis" aria-hidden="true">
            {years.map((year) => (
              <span
                key={year}
                className="plan-timeline__year"
                style={gridStyle({
                  from: line(Math.max(first, year * 12)),
                  to: line(Math.min(first + months - 1, year * 12 + 11)) + 1,
                })}
              >
                {year}
              </span>
            ))}
          </div>
          <ol className="plan-timeline__rows">
            {rows.map(({ item, from, to }) => (
              <li key={item.id} className="plan-timeline__row">
                <span className="plan-timeline__label">
                  <span className="plan-timeline__title">{item.title}</span>
                  <span className="plan-timeline__dates">
                    {dates(item)} · {labels.status(item.status)}
                  </span>
                </span>
                <span
                  className={`plan-timeline__bar plan-status--${item.status}`}
                  style={gridStyle({ from: line(from), to: line(to) + 1 })}
                />
              </li>
            ))}
          </ol>
        </div>
      )}
      {unscheduled.length > 0 && (
        <p className="hint">
          {t('plan.timeline.unscheduled', {
            titles: unscheduled.map((item) => item.title).join('; '),
          })}
        </p>
      )}
    </section>
  );
}
