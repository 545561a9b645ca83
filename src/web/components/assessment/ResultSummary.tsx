import { useTranslation } from 'react-i18next';
import type { ChangeStamp } from '../../../domain/assessment/api/index.js';
import { rationaleRequired, type AgreedResult } from '../../../domain/assessment/index.js';
import type { SuggestedStage } from '../../../domain/assessment/index.js';
import { AgreedResultName } from './AgreedResultName.js';
import { StampLine } from './StampLine.js';
import { useResultWords } from './use-result-words.js';

/**
 * What the group agreed, beside what the indicators (or the roll-up) suggest. A stage that
 * differs from the suggestion says so, with the rationale: the difference is never hidden.
 */
export function ResultSummary({
  result,
  suggested,
  stamp,
  stageTitle,
}: {
  result: AgreedResult;
  suggested: SuggestedStage | undefined;
  stamp: ChangeStamp | null;
  stageTitle: (stage: number) => string;
}) {
  const { t } = useTranslation();
  const words = useResultWords(stageTitle);
  return (
    <div className="result-summary">
      <dl className="facts facts--compact">
        <div>
          <dt>{t('result.agreed')}</dt>
          <dd>
            <AgreedResultName result={result} stageTitle={stageTitle} />
          </dd>
        </div>
        <div>
          <dt>{t('result.suggested')}</dt>
          <dd>{words.suggestion(suggested)}</dd>
        </div>
      </dl>
      {result.kind === 'stage' && rationaleRequired(result.stage, suggested) && (
        <p className="differs-note">{t('result.differs')}</p>
      )}
      {result.kind === 'stage' && result.rationale && (
        <p className="result-summary__text">
          <strong>{t('result.rationale')}:</strong> {result.rationale}
        </p>
      )}
      {result.kind === 'not-applicable' && (
        <p className="result-summary__text">
          <strong>{t('result.reason')}:</strong> {result.reason}
        </p>
      )}
      <StampLine stamp={stamp} />
    </div>
  );
}
