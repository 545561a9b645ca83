import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanItemView } from '../../../domain/plan/plan.schemas.js';
import { ConfirmAction } from '../../components/ConfirmAction.js';
import { useFormatCalendarDate, useFormatDateTime } from '../../i18n/use-format-date.js';
import { planApi } from '../../plan/plan.api.js';
import type { PlanWords } from '../../plan/use-plan-words.js';
import { usePlanLabels } from './use-plan-labels.js';

/** One action with all its fields, and (for those who keep the plan) change and remove. */
export function PlanItemCard({
  assessmentId,
  item,
  words,
  canEdit,
  onEdit,
  onChanged,
}: {
  assessmentId: string;
  item: PlanItemView;
  words: PlanWords;
  canEdit: boolean;
  onEdit: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const formatDate = useFormatCalendarDate();
  const formatDateTime = useFormatDateTime();
  const [removing, setRemoving] = useState(false);
  const headingId = `plan-item-${item.id}`;
  const none = t('plan.none');
  const facts = [
    { label: t('plan.fields.subDomain'), value: words.subDomainTitle(item.subDomainKey) },
    { label: t('plan.fields.capability'), value: words.capabilityTitle(item.capabilityKey) },
    { label: t('plan.fields.ownerBody'), value: item.ownerBody || none },
    { label: t('plan.fields.contact'), value: item.contact || none },
    { label: t('plan.fields.priority'), value: labels.priority(item.priority) },
    {
      label: t('plan.fields.targetStage'),
      value: item.targetStage ? t('stage.number', { number: item.targetStage }) : none,
    },
    {
      label: t('plan.fields.startDate'),
      value: item.startDate ? formatDate(item.startDate) : none,
    },
    {
      label: t('plan.fields.targetDate'),
      value: item.targetDate ? formatDate(item.targetDate) : none,
    },
    {
      label: t('plan.fields.indicators'),
      value:
        item.indicatorKeys.map((key) => `${key} ${words.indicatorText(key)}`).join('; ') || none,
    },
    { label: t('plan.fields.resourcesNote'), value: item.resourcesNote || none },
  ];

  return (
    <article className="plan-item" aria-labelledby={headingId}>
      <div className="plan-item__header">
        <h3 id={headingId} className="plan-item__title">
          {item.title}
        </h3>
        <span className={`tag plan-status plan-status--${item.status}`}>
          {labels.status(item.status)}
        </span>
      </div>
      {item.description && <p>{item.description}</p>}
      <dl className="plan-item__facts">
        {facts.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">
        {t('plan.item.stamp', {
          name: item.stamp.updatedBy.displayName,
          when: formatDateTime(item.stamp.updatedAt),
        })}
      </p>
      {canEdit &&
        (removing ? (
          <ConfirmAction
            question={t('plan.item.removeQuestion', { title: item.title })}
            confirmLabel={t('plan.item.remove')}
            onConfirm={async () => {
              await planApi.remove(assessmentId, item.id, item.stamp.version);
              onChanged();
            }}
            onCancel={() => setRemoving(false)}
          />
        ) : (
          <div className="actions">
            <button
              type="button"
              className="button button--secondary button--small"
              aria-describedby={headingId}
              onClick={onEdit}
            >
              {t('plan.item.edit')}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              aria-describedby={headingId}
              onClick={() => setRemoving(true)}
            >
              {t('plan.item.remove')}
            </button>
          </div>
        ))}
    </article>
  );
}
