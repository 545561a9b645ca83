import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanItemView } from '../../../domain/plan/plan.schemas.js';
import type { PlanWords } from '../../plan/use-plan-words.js';
import { draftOf, type PlanItemDraft } from './plan-item-draft.js';
import { usePlanLabels } from './use-plan-labels.js';

/**
 * Someone saved the plan item after this person opened it. Both versions side by side, and a
 * choice: go back to my edit and save it over theirs, or start again from theirs.
 */
export function PlanItemConflict({
  theirs,
  yours,
  words,
  onKeepYours,
  onUseTheirs,
}: {
  theirs: PlanItemView;
  yours: PlanItemDraft;
  words: PlanWords;
  onKeepYours: () => void;
  onUseTheirs: () => void;
}) {
  const { t } = useTranslation();
  const labels = usePlanLabels();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  const theirDraft = draftOf(theirs);
  const none = t('plan.none');
  const rows: { label: string; of: (draft: PlanItemDraft) => string }[] = [
    { label: t('plan.fields.title'), of: (draft) => draft.title },
    { label: t('plan.fields.subDomain'), of: (draft) => words.subDomainTitle(draft.subDomainKey) },
    { label: t('plan.fields.indicators'), of: (draft) => draft.indicatorKeys.join(', ') || none },
    { label: t('plan.fields.targetStage'), of: (draft) => draft.targetStage || none },
    { label: t('plan.fields.ownerBody'), of: (draft) => draft.ownerBody || none },
    { label: t('plan.fields.contact'), of: (draft) => draft.contact || none },
    { label: t('plan.fields.priority'), of: (draft) => labels.priority(draft.priority) },
    { label: t('plan.fields.status'), of: (draft) => labels.status(draft.status) },
    { label: t('plan.fields.startDate'), of: (draft) => draft.startDate || none },
    { label: t('plan.fields.targetDate'), of: (draft) => draft.targetDate || none },
    { label: t('plan.fields.description'), of: (draft) => draft.description || none },
    { label: t('plan.fields.resourcesNote'), of: (draft) => draft.resourcesNote || none },
  ];

  return (
    <div className="conflict" role="alert" tabIndex={-1} ref={panel}>
      <h3>{t('conflict.heading')}</h3>
      <p>{t('plan.conflict.explanation', { name: theirs.stamp.updatedBy.displayName })}</p>
      <ul className="comparison">
        {rows.map((row) => {
          const mine = row.of(yours);
          const other = row.of(theirDraft);
          const differs = mine !== other;
          return (
            <li
              key={row.label}
              className={
                differs ? 'comparison__item comparison__item--differs' : 'comparison__item'
              }
            >
              <h4 className="comparison__field">
                {row.label}
                {differs && <span className="differs-tag">{t('conflict.differs')}</span>}
              </h4>
              <dl className="comparison__versions">
                <div>
                  <dt>{t('conflict.theirs')}</dt>
                  <dd>{other}</dd>
                </div>
                <div>
                  <dt>{t('conflict.yours')}</dt>
                  <dd>{mine}</dd>
                </div>
              </dl>
            </li>
          );
        })}
      </ul>
      <div className="actions">
        <button type="button" className="button" onClick={onKeepYours}>
          {t('plan.conflict.keepYours')}
        </button>
        <button type="button" className="button button--secondary" onClick={onUseTheirs}>
          {t('plan.conflict.useTheirs')}
        </button>
      </div>
    </div>
  );
}
