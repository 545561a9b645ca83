import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressCycle } from '../../../domain/assessment/api/index.js';
import { useCycleLabel } from './cycle-label.js';
import { ScrollRegion } from '../results/ScrollRegion.js';
import { totalsRow } from './stage-totals-row.js';

// Each cycle's label sits on its own line above its bar, so a long title is never cut short
// (cycles are often told apart only by the year at the end of their titles).
const PLOT_WIDTH = 680;
const LABEL_HEIGHT = 22;
const BAR_HEIGHT = 26;
const ROW_HEIGHT = LABEL_HEIGHT + BAR_HEIGHT + 14;
const SEGMENTS = [
  'stage-1',
  'stage-2',
  'stage-3',
  'stage-4',
  'not-applicable',
  'not-assessed',
] as const;

/**
 * Each cycle as one bar of its 21 sub-domains split by agreed stage, oldest at the top, so the
 * share at integration and maturity can be followed over the years. A table and a sentence
 * carry the same figures.
 */
export function TrendChart({ cycles }: { cycles: readonly ProgressCycle[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const cycleLabel = useCycleLabel();
  const rows = cycles.map((cycle) => {
    const totals = totalsRow(cycle.subDomainTotals);
    return {
      cycle,
      values: [...totals.stages, totals.notApplicable, totals.notAssessed],
    };
  });
  const segmentName = (index: number) =>
    index < 4
      ? t('stage.number', { number: index + 1 })
      : index === 4
        ? t('result.notApplicable')
        : t('result.notAgreed');
  const first = rows[0];
  const last = rows.at(-1);
  const upper = (values: readonly number[]) => (values[2] ?? 0) + (values[3] ?? 0);
  const summary =
    first && last && first !== last
      ? t('progress.trendSummary', {
          first: first.cycle.title,
          last: last.cycle.title,
          from: upper(first.values),
          to: upper(last.values),
          fromBuilding: first.values[0] ?? 0,
          toBuilding: last.values[0] ?? 0,
        })
      : first
        ? t('progress.trendSummaryOne', {
            title: first.cycle.title,
            upper: upper(first.values),
            building: first.values[0] ?? 0,
          })
        : '';
  const height = rows.length * ROW_HEIGHT + 8;

  return (
    <section className="section panel" aria-labelledby="trend-heading">
      <h2 id="trend-heading">{t('progress.trendHeading')}</h2>
      <p>{summary}</p>
      <figure className="chart">
        <ScrollRegion label={t('progress.trendTitle')}>
          <svg
            className="chart__svg"
            viewBox={`0 0 ${PLOT_WIDTH + 8} ${height}`}
            role="img"
            aria-labelledby={`${titleId} ${descId}`}
          >
            <title id={titleId}>{t('progress.trendTitle')}</title>
            <desc id={descId}>{summary}</desc>
            {rows.map(({ cycle, values }, index) => {
              const total = values.reduce((sum, value) => sum + value, 0) || 1;
              let offset = 0;
              const labelTop = index * ROW_HEIGHT + 8;
              const top = labelTop + LABEL_HEIGHT;
              return (
                <g key={cycle.id} aria-hidden="true">
                  <text className="chart__label" x={0} y={labelTop + 14}>
                    {cycleLabel(cycle)}
                  </text>
                  {values.map((value, segment) => {
                    const width = (value / total) * PLOT_WIDTH;
                    const x = offset;
                    offset += width;
                    if (value === 0) return null;
                    return (
                      <g key={SEGMENTS[segment]}>
                        <rect
                          className={`chart__bar chart__bar--${SEGMENTS[segment]}`}
                          x={x}
                          y={top}
                          width={width}
                          height={BAR_HEIGHT}
                        />
                        {width >= 18 && (
                          <text
                            className={`chart__count chart__count--${SEGMENTS[segment]}`}
                            x={x + width / 2}
                            y={top + BAR_HEIGHT / 2 + 5}
                            textAnchor="middle"
                          >
                            {value}
                          </text>
                        )}
                      </g>
                    );
                  })}
                </g>
              );
            })}
          </svg>
        </ScrollRegion>
        <figcaption className="chart__legend">
          {SEGMENTS.map((segment, index) => (
            <span key={segment} className={`chart__key chart__key--${segment}`}>
              {segmentName(index)}
            </span>
          ))}
        </figcaption>
      </figure>
      <ScrollRegion label={t('progress.trendTableCaption')}>
        <table className="data-table">
          <caption>{t('progress.trendTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.cycle')}</th>
              {SEGMENTS.map((segment, index) => (
                <th scope="col" key={segment}>
                  {segmentName(index)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ cycle, values }) => (
              <tr key={cycle.id}>
                <th scope="row">{cycleLabel(cycle)}</th>
                {values.map((value, index) => (
                  <td key={SEGMENTS[index]}>{t('progress.count', { count: value })}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
