import { useTranslation } from 'react-i18next';
import type { SubDomainWorkspace } from '../../../domain/assessment/api/index.js';
import { progressPercent } from '../../../domain/assessment/index.js';
import { ProgressMeter } from '../../components/assessment/ProgressMeter.js';
import { StageName } from '../../components/assessment/StageName.js';

/**
 * How many indicators of each stage are met, every stage shown: "integration work done, a
 * building gap left" must stay visible, since progress is not always linear.
 */
export function StageCounts({
  counts,
  stageTitle,
}: {
  counts: SubDomainWorkspace['stageCounts'];
  stageTitle: (stage: number) => string;
}) {
  const { t } = useTranslation();
  return (
    <ul className="stage-counts">
      {counts.map((count) => (
        <li key={count.stage} className="stage-counts__item">
          <StageName stage={count.stage as 1 | 2 | 3 | 4} title={stageTitle(count.stage)} />
          <ProgressMeter
            label={t('stageCount.met', { met: count.met, total: count.total })}
            percent={progressPercent(count.met, count.total)}
          />
          <p className="stage-counts__detail">
            {t('stageCount.detail', {
              partlyMet: count.partlyMet,
              notMet: count.notMet,
              unknown: count.unknown,
              unrated: count.unrated,
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
