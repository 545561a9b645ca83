import { useTranslation } from 'react-i18next';
import type { CycleComparisonView } from '../../../domain/assessment/api/index.js';
import { useFormatCalendarDate } from '../../i18n/use-format-date.js';
import { useFormatPercent } from '../../i18n/use-format-percent.js';
import type { FrameworkNames } from '../results/framework-names.js';

/** What became of the earlier cycle's action plan, by status. */
export function PlanOutcomeSection({
  plan,
  earlier,
  names,
}: {
  plan: CycleComparisonView['plan'];
  earlier: string;
  names: FrameworkNames;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatCalendarDate();
  const formatPercent = useFormatPercent();
  const done = plan.groups.find((group) => group.status === 'done')?.items.length ?? 0;
  return (
    <section className="section panel" aria-labelledby="plan-outcome-heading">
      <h2 id="plan-outcome-heading">{t('comparison.planHeading', { earlier })}</h2>
      {plan.total === 0 ? (
        <p>{t('comparison.planNone')}</p>
      ) : (
        <>
          <p>
            {t('comparison.planSummary', {
              done,
              total: plan.total,
              percent: formatPercent(plan.percentDone),
            })}
          </p>
          {plan.groups
            .filter((group) => group.items.length > 0)
            .map((group) => (
              <section key={group.status} aria-labelledby={`plan-${group.status}`}>
                <h3 id={`plan-${group.status}`}>
                  {t(`comparison.planStatus.${group.status}`, { count: group.items.length })}
                </h3>
                <ul className="results__list">
                  {group.items.map((item) => (
                    <li key={item.id}>
                      {item.title}{' '}
                      <span className="card__meta">
                        {item.targetDate
                          ? t('comparison.planItemMetaDated', {
                              subDomain: names.subDomain(item.subDomainKey),
                              date: formatDate(item.targetDate),
                            })
                          : t('comparison.planItemMeta', {
                              subDomain: names.subDomain(item.subDomainKey),
                            })}
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
        </>
      )}
    </section>
  );
}
