import { useTranslation } from 'react-i18next';
import type { WorkspaceContext } from './workspace-context.js';
import { IndicatorStage } from './IndicatorStage.js';

/** The indicators grouped by the four stages, each rated with its evidence. */
export function IndicatorSection({ context }: { context: WorkspaceContext }) {
  const { t } = useTranslation();
  const { workspace, found, stageTitle } = context;
  const ratings = new Map(workspace.ratings.map((rating) => [rating.key, rating]));
  return (
    <section className="section" id="indicators" aria-labelledby="indicators-heading">
      <h2 id="indicators-heading">{t('workspace.parts.indicators')}</h2>
      <p>{t('workspace.indicatorsIntro')}</p>
      {found.subDomain.stages.map((stage) => (
        <IndicatorStage
          key={stage.key}
          assessmentId={workspace.assessmentId}
          stage={stage}
          title={stageTitle(stage.number)}
          count={workspace.stageCounts.find((count) => count.stage === stage.number)}
          ratings={ratings}
          canContribute={workspace.canContribute}
          onChanged={context.onChanged}
        />
      ))}
    </section>
  );
}
