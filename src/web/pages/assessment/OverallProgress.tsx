import { useTranslation } from 'react-i18next';
import type { AssessmentProgress } from '../../../domain/assessment/index.js';
import { ProgressMeter } from '../../components/assessment/ProgressMeter.js';

/**
 * Sub-domains and capabilities agreed (or not applicable) of all 27, by the domain's own count
 * (`assessmentProgress`), which never reads 100% while anything is left.
 */
export function OverallProgress({ progress }: { progress: AssessmentProgress }) {
  const { t } = useTranslation();
  const counts = progress.subDomains;
  return (
    <div className="overall-progress">
      <ProgressMeter
        label={t('assessment.progress', { done: progress.done, total: progress.total })}
        percent={progress.percent}
      />
      <p className="hint">
        {t('assessment.progressCounts', {
          agreed: counts.agreed,
          notApplicable: counts['not-applicable'],
          inDiscussion: counts['in-discussion'],
          notStarted: counts['not-started'],
        })}
      </p>
    </div>
  );
}
