import { useTranslation } from 'react-i18next';
import type { SupportInterest } from '../../../../domain/aggregation/index.js';
import { CountCell } from './DashboardCells.js';

/** Per sub-domain, how many countries seek support and how many offer their experience. */
export function SupportInterestTable({
  interest,
  title,
}: {
  interest: SupportInterest;
  title: (key: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <div className="aggregate-table">
      <table>
        <caption>{t('secretariatDashboard.supportCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('secretariatDashboard.subDomain')}</th>
            <th scope="col">{t('secretariatDashboard.seeking')}</th>
            <th scope="col">{t('secretariatDashboard.offering')}</th>
          </tr>
        </thead>
        <tbody>
          {interest.seeksSupport.map((seeking, index) => {
            const offering = interest.offersExperience[index];
            return (
              <tr key={seeking.subDomain}>
                <th scope="row">{title(seeking.subDomain)}</th>
                <CountCell cell={seeking.countries} />
                <CountCell cell={offering?.countries ?? { kind: 'suppressed' }} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
