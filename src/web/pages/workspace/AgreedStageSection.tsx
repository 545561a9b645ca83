import { useTranslation } from 'react-i18next';
import {
  consistencyWarnings,
  type AgreedResult,
  type IndicatorRatings,
} from '../../../domain/assessment/index.js';
import { resultRecord, suggestionOf } from '../../assessments/agreed-result-value.js';
import { workspaceApi } from '../../assessments/workspace.api.js';
import { AgreedResultForm } from '../../components/assessment/AgreedResultForm.js';
import { ResultSummary } from '../../components/assessment/ResultSummary.js';
import { WarningList } from '../../components/assessment/WarningList.js';
import { useDraftKey } from '../../drafts/use-draft-key.js';
import { useLocalize } from '../../i18n/use-localize.js';
import { StageCounts } from './StageCounts.js';
import type { WorkspaceContext } from './workspace-context.js';

/**
 * The stage the group agrees, beside what the indicators suggest, each stage's count of met
 * indicators and the consistency warnings; leads and facilitators record it here.
 */
export function AgreedStageSection({ context }: { context: WorkspaceContext }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const { workspace, found, stageTitle } = context;
  const draftKey = useDraftKey(workspace.assessmentId, `result:${workspace.subDomainKey}`);
  const suggested = suggestionOf(workspace.suggestedStage);
  const ratings: IndicatorRatings = Object.fromEntries(
    workspace.ratings.flatMap((rating) => (rating.status ? [[rating.key, rating.status]] : [])),
  );
  const warningsFor = (result: AgreedResult) =>
    consistencyWarnings(found.subDomain, ratings, result);
  return (
    <section className="section panel" id="agreed" aria-labelledby="agreed-heading">
      <h2 id="agreed-heading">{t('workspace.agreedHeading')}</h2>
      <StageCounts counts={workspace.stageCounts} stageTitle={stageTitle} />
      <ResultSummary
        result={workspace.result}
        suggested={suggested}
        stamp={workspace.resultStamp}
        stageTitle={stageTitle}
      />
      {workspace.warnings.length > 0 && (
        <div className="warnings">
          <h3>{t('warnings.heading')}</h3>
          <WarningList warnings={workspace.warnings} />
        </div>
      )}
      {workspace.canAgree && (
        <AgreedResultForm
          idPrefix={`result-${workspace.subDomainKey}`}
          label={t('workspace.agreeLabel', { subDomain: localize(found.subDomain.title) })}
          record={resultRecord(workspace.result, workspace.resultStamp)}
          suggested={suggested}
          draftKey={draftKey}
          stageTitle={stageTitle}
          send={(body) =>
            workspaceApi.putResult(workspace.assessmentId, workspace.subDomainKey, body)
          }
          warningsFor={warningsFor}
          onChanged={context.onChanged}
        />
      )}
    </section>
  );
}
