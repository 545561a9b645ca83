import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/form/SelectField.js';
import type { PlanFilter } from '../../plan/plan-filter.js';
import type { PlanWords } from '../../plan/use-plan-words.js';
import { usePlanLabels } from './use-plan-labels.js';

/** Narrows the items and the timeline to a capability, an owner or a status. */
export function PlanFilters({
  filter,
  owners,
  words,
  onChange,
}: {
  filter: PlanFilter;
  owners: readonly string[];
  words: PlanWords;
  onChange: (filter: PlanFilter) => void;
}) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const all = { value: '', label: t('plan.filters.all') };
  return (
    <fieldset className="plan-filters">
      <legend>{t('plan.filters.legend')}</legend>
      <SelectField
        id="plan-filter-capability"
        label={t('plan.fields.capability')}
        value={filter.capabilityKey}
        options={[
          all,
          ...words.capabilities.map((capability) => ({
            value: capability.key,
            label: capability.title,
          })),
        ]}
        onValueChange={(capabilityKey) => onChange({ ...filter, capabilityKey })}
      />
      <SelectField
        id="plan-filter-owner"
        label={t('plan.fields.ownerBody')}
        value={filter.ownerBody}
        options={[all, ...owners.map((owner) => ({ value: owner, label: owner }))]}
        onValueChange={(ownerBody) => onChange({ ...filter, ownerBody })}
      />
      <SelectField
        id="plan-filter-status"
        label={t('plan.fields.status')}
        value={filter.status}
        options={[all, ...labels.statusOptions]}
        onValueChange={(status) => onChange({ ...filter, status })}
      />
    </fieldset>
  );
}
