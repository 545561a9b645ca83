import { useTranslation } from 'react-i18next';
import type { AgreedResult } from '../../../domain/assessment/index.js';
import { StageName } from './StageName.js';

/** What was agreed, in a word or a stage: a stage, not applicable, or not agreed yet. */
export function AgreedResultName({
  result,
  stageTitle,
}: {
  result: AgreedResult;
  stageTitle: (stage: number) => string;
}) {
  const { t } = useTranslation();
  if (result.kind === 'stage') {
    return <StageName stage={result.stage} title={stageTitle(result.stage)} />;
  }
  return result.kind === 'not-applicable' ? (
    <span className="tag">{t('result.notApplicable')}</span>
  ) : (
    <span className="tag tag--muted">{t('result.notAgreed')}</span>
  );
}
