import { useTranslation } from 'react-i18next';
import { PLAN_ITEM_STATUSES } from '../../../domain/assessment/index.js';
import { PLAN_PRIORITIES } from '../../../domain/plan/plan.schemas.js';

/** Statuses and priorities in words, as options for the form and the filters. */
export function usePlanLabels() {
  const { t } = useTranslation();
  return {
    status: (status: (typeof PLAN_ITEM_STATUSES)[number]) => t(`plan.status.${status}`),
    priority: (priority: (typeof PLAN_PRIORITIES)[number]) => t(`plan.priority.${priority}`),
    statusOptions: PLAN_ITEM_STATUSES.map((status) => ({
      value: status,
      label: t(`plan.status.${status}`),
    })),
    priorityOptions: PLAN_PRIORITIES.map((priority) => ({
      value: priority,
      label: t(`plan.priority.${priority}`),
    })),
  };
}
