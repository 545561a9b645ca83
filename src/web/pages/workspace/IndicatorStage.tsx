import { useTranslation } from 'react-i18next';
import type {
  IndicatorRatingView,
  SubDomainWorkspace,
} from '../../../domain/assessment/api/index.js';
import type { SubDomainView } from '../../../domain/framework/index.js';
import { StageBadge } from '../../components/StageBadge.js';
import { useLocalize } from '../../i18n/use-localize.js';
import { IndicatorItem } from './IndicatorItem.js';

type Stage = SubDomainView['stages'][number];

/**
 * One stage's indicators, styled as in the framework browser, with how many are met: progress
 * is not always linear, so each stage says it for itself.
 */
export function IndicatorStage({
  assessmentId,
  stage,
  title,
  count,
  ratings,
  canContribute,
  onChanged,
}: {
  assessmentId: string;
  stage: Stage;
  title: string;
  count: SubDomainWorkspace['stageCounts'][number] | undefined;
  ratings: ReadonlyMap<string, IndicatorRatingView>;
  canContribute: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const headingId = `stage-${stage.key}`;
  return (
    <section className={`stage-section stage--${stage.key}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="stage-section__heading">
        <StageBadge stage={stage.key} number={stage.number} /> {title}
      </h3>
      <p className="stage-section__summary">{localize(stage.summary)}</p>
      {count && (
        <p className="stage-count">{t('stageCount.met', { met: count.met, total: count.total })}</p>
      )}
      <ul className="indicator-list">
        {stage.indicators.map((indicator) => {
          const rating = ratings.get(indicator.key) ?? {
            key: indicator.key,
            status: null,
            evidenceText: '',
            links: [],
            files: [],
            stamp: null,
          };
          return (
            <IndicatorItem
              key={indicator.key}
              assessmentId={assessmentId}
              indicator={indicator}
              rating={rating}
              canContribute={canContribute}
              onChanged={onChanged}
            />
          );
        })}
      </ul>
    </section>
  );
}
