import { useTranslation } from 'react-i18next';
import type { CycleTrend, SharedResult } from '../../../../domain/aggregation/index.js';
import { ChangeCell, useColumnLabel } from './DashboardCells.js';

/** How one item's distribution changed from each cycle to the next. */
export function TrendTableView({
  title,
  columns,
  trends,
}: {
  title: string;
  columns: readonly SharedResult[];
  trends: readonly CycleTrend[];
}) {
  const { t } = useTranslation();
  const columnLabel = useColumnLabel();
  return (
    <div className="aggregate-table">
      <table>
        <caption>{t('secretariatDashboard.trendCaption', { item: title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('secretariatDashboard.between')}</th>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {columnLabel(column)}
              </th>
            ))}
            <th scope="col">{t('secretariatDashboard.total')}</th>
          </tr>
        </thead>
        <tbody>
          {trends.map((trend) => (
            <tr key={`${trend.from}-${trend.to}`}>
              <th scope="row">
                {t('secretariatDashboard.fromTo', { from: trend.from, to: trend.to })}
              </th>
              {trend.cells.map((change, column) => (
                <ChangeCell key={columns[column]} change={change} />
              ))}
              <ChangeCell change={trend.total} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
