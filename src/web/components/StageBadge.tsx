import { useTranslation } from 'react-i18next';
import type { StageKey } from '../../domain/framework/index.js';

/** "Stage 2" in the stage's own colour, so a stage is recognisable at a glance across pages. */
export function StageBadge({ stage, number }: { stage: StageKey; number: number }) {
  const { t } = useTranslation();
  return (
    <span className={`stage-badge stage-badge--${stage}`}>{t('stage.number', { number })}</span>
  );
}
