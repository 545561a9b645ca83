import { useTranslation } from 'react-i18next';
import type { ProgressCycle } from '../../../domain/assessment/api/index.js';

/** A cycle as the lists and charts name it: its title, and whether it is signed off or under way. */
export function useCycleLabel(): (
  cycle: Pick<ProgressCycle, 'title' | 'state' | 'current'>,
) => string {
  const { t } = useTranslation();
  return (cycle) =>
    t('progress.cycleLabel', {
      title: cycle.title,
      state:
        cycle.state === 'finalised'
          ? t('progress.finalised')
          : cycle.current
            ? t('progress.currentDraft')
            : t('progress.draft'),
    });
}
