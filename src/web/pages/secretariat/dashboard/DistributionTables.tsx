import { useTranslation } from 'react-i18next';
import {
  UNCLASSIFIED,
  type Dimension,
  type DistributionTable,
  type SharedResult,
} from '../../../../domain/aggregation/index.js';
import type {
  GovernmentSystem,
  IncomeGroup,
  Region,
} from '../../../../domain/organisations/index.js';
import { useProfileLabels } from '../../../organisations/use-profile-labels.js';
import { CountCell, useColumnLabel } from './DashboardCells.js';

export type Subject = 'subDomains' | 'capabilities';

/** A row's label: a region, income group or system by name, a cycle as it was labelled. */
export function useGroupLabel(by: Dimension): (group: string) => string {
  const { t } = useTranslation();
  const labels = useProfileLabels();
  return (group) => {
    if (by === 'cycle') return group;
    if (group === UNCLASSIFIED) return t('reference.notRecorded');
    if (by === 'region') return labels.region(group as Region);
    if (by === 'income') return labels.incomeGroup(group as IncomeGroup);
    return labels.governmentSystem(group as GovernmentSystem);
  };
}

/** One sub-domain's or capability's countries by stage, a row per group. */
export function DistributionTableView({
  title,
  by,
  columns,
  table,
}: {
  title: string;
  by: Dimension;
  columns: readonly SharedResult[];
  table: DistributionTable;
}) {
  const { t } = useTranslation();
  const groupLabel = useGroupLabel(by);
  const columnLabel = useColumnLabel();
  return (
    <div className="aggregate-table">
      <table>
        <caption>{t('secretariatDashboard.distributionCaption', { item: title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`secretariatDashboard.dimension.${by}`)}</th>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {columnLabel(column)}
              </th>
            ))}
            <th scope="col">{t('secretariatDashboard.total')}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.group}>
              <th scope="row">{groupLabel(row.group)}</th>
              {row.cells.map((cell, column) => (
                <CountCell key={columns[column]} cell={cell} />
              ))}
              <CountCell cell={row.total} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('secretariatDashboard.allCountries')}</th>
            {table.columnTotals.map((cell, column) => (
              <CountCell key={columns[column]} cell={cell} />
            ))}
            <CountCell cell={table.grandTotal} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
