import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../results/ScrollRegion.js';
import type { StageDistributionView } from '../../../domain/assessment/api/index.js';

/** Lowest, middle and highest stage across jurisdictions, and how many sit where. */
export function DistributionTable({
  caption,
  keyHeading,
  rows,
  name,
}: {
  caption: string;
  keyHeading: string;
  rows: readonly StageDistributionView[];
  name: (key: string) => string;
}) {
  const { t } = useTranslation();
  const stage = (value: number | null) =>
    value === null ? t('national.none') : t('stage.number', { number: value });
  const median = (row: StageDistributionView) =>
    row.medianLow === null || row.medianHigh === null
      ? t('national.none')
      : row.medianLow === row.medianHigh
        ? t('stage.number', { number: row.medianLow })
        : t('national.medianPair', { low: row.medianLow, high: row.medianHigh });
  return (
    <ScrollRegion label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyHeading}</th>
            <th scope="col">{t('national.min')}</th>
            <th scope="col">{t('national.median')}</th>
            <th scope="col">{t('national.max')}</th>
            {[1, 2, 3, 4].map((number) => (
              <th scope="col" key={number}>
                {t('stage.number', { number })}
              </th>
            ))}
            <th scope="col">{t('result.notApplicable')}</th>
            <th scope="col">{t('result.notAgreed')}</th>
            <th scope="col">{t('national.noAssessment')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{name(row.key)}</th>
              <td>{stage(row.min)}</td>
              <td>{median(row)}</td>
              <td>{stage(row.max)}</td>
              {row.counts.map((count) => (
                <td key={count.stage}>{count.count}</td>
              ))}
              <td>{row.notApplicable}</td>
              <td>{row.notAssessed}</td>
              <td>{row.noAssessment}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
