import { useTranslation } from 'react-i18next';
import type { ResultChoice } from '../../assessments/agreed-result-value.js';

/** How agreed results and suggestions are worded everywhere they appear. */
export function useResultWords(stageTitle: (stage: number) => string) {
  const { t } = useTranslation();
  return {
    /** The suggestion from the indicators (0: not even stage 1 met) or the roll-up (null: none yet). */
    suggestion: (suggested: number | null | undefined) =>
      suggested === null || suggested === undefined
        ? t('result.noSuggestion')
        : suggested === 0
          ? t('result.suggestionNone')
          : t('result.suggestionStage', { stage: suggested, title: stageTitle(suggested) }),
    choice: (choice: ResultChoice | '') =>
      choice === ''
        ? t('result.notAgreed')
        : choice === 'not-applicable'
          ? t('result.notApplicable')
          : t('result.stage', { stage: Number(choice), title: stageTitle(Number(choice)) }),
  };
}
