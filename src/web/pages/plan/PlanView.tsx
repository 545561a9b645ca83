import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentOverview } from '../../../domain/assessment/api/index.js';
import type { FrameworkView } from '../../../domain/framework/index.js';
import type {
  ActionPlanView,
  PlanItemView,
  PlanSuggestionView,
} from '../../../domain/plan/plan.schemas.js';
import { assessmentPath } from '../../assessments/paths.js';
import { Breadcrumb } from '../../components/Breadcrumb.js';
import { ORGANISATIONS_PATH, organisationPath } from '../../organisations/paths.js';
import { filterPlanItems, NO_FILTER, ownersOf } from '../../plan/plan-filter.js';
import { usePlanWords } from '../../plan/use-plan-words.js';
import { draftFromSuggestion, draftOf, emptyDraft } from './plan-item-draft.js';
import { PlanFilters } from './PlanFilters.js';
import { PlanItemCard } from './PlanItemCard.js';
import { PlanItemForm } from './PlanItemForm.js';
import { PlanTimeline } from './PlanTimeline.js';
import { SuggestionSection } from './SuggestionSection.js';

type Editing =
  | { kind: 'new'; suggestion: PlanSuggestionView | undefined }
  | { kind: 'edit'; item: PlanItemView };

/** The action plan: suggested actions, the plan's items, and when each is due. */
export function PlanView({
  overview,
  plan,
  framework,
  onChanged,
}: {
  overview: AssessmentOverview;
  plan: ActionPlanView;
  framework: FrameworkView;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const words = usePlanWords(framework);
  const [editing, setEditing] = useState<Editing>();
  const [filter, setFilter] = useState(NO_FILTER);
  const { assessment, organisationName } = overview;
  const shown = filterPlanItems(plan.items, filter);
  const owners = ownersOf(plan.items, i18n.resolvedLanguage ?? 'en');

  const form = editing && (
    <PlanItemForm
      key={editing.kind === 'edit' ? editing.item.id : (editing.suggestion?.indicatorKey ?? 'new')}
      assessmentId={plan.assessmentId}
      words={words}
      initial={
        editing.kind === 'edit'
          ? draftOf(editing.item)
          : editing.suggestion
            ? draftFromSuggestion(
                editing.suggestion,
                words.indicatorText(editing.suggestion.indicatorKey),
              )
            : emptyDraft(words.subDomains[0]?.key ?? '')
      }
      item={editing.kind === 'edit' ? editing.item : undefined}
      fromSuggestion={editing.kind === 'new' ? (editing.suggestion?.indicatorKey ?? null) : null}
      onDone={() => setEditing(undefined)}
      onChanged={onChanged}
    />
  );

  return (
    <>
      <Breadcrumb
        trail={[
          { label: t('organisations.title'), to: ORGANISATIONS_PATH },
          { label: organisationName, to: organisationPath(assessment.organisationId) },
          { label: assessment.title, to: assessmentPath(assessment.id) },
        ]}
        current={t('plan.title')}
      />
      <div className="page-intro">
        <p className="eyebrow">{assessment.title}</p>
        <h1>{t('plan.title')}</h1>
        <p className="lead">{t('plan.intro')}</p>
        {assessment.state === 'finalised' && (
          <p className="notice notice--info">{t('plan.finalisedNote')}</p>
        )}
        {!plan.canEdit && <p className="hint">{t('plan.readOnly')}</p>}
      </div>

      {/* The suggestions can run to dozens; the plan itself is one step away. */}
      <nav className="page-contents" aria-label={t('plan.contents.label')}>
        <ul>
          <li>
            <a href="#plan-suggestions-heading">
              {t('plan.contents.suggestions', { count: plan.suggestions.length })}
            </a>
          </li>
          <li>
            <a href="#plan-items-heading">
              {t('plan.contents.items', { count: plan.items.length })}
            </a>
          </li>
          <li>
            <a href="#plan-timeline-heading">{t('plan.contents.timeline')}</a>
          </li>
        </ul>
      </nav>

      <SuggestionSection
        assessmentId={plan.assessmentId}
        suggestions={plan.suggestions}
        words={words}
        canEdit={plan.canEdit}
        onAccept={(suggestion) => setEditing({ kind: 'new', suggestion })}
        onChanged={onChanged}
      />

      <section className="section" aria-labelledby="plan-items-heading">
        <div className="section__header">
          <h2 id="plan-items-heading">{t('plan.items.heading')}</h2>
          {plan.canEdit && !editing && (
            <button
              type="button"
              className="button"
              onClick={() => setEditing({ kind: 'new', suggestion: undefined })}
            >
              {t('plan.items.add')}
            </button>
          )}
        </div>
        {form}
        {plan.items.length === 0 ? (
          <p className="hint">{t('plan.items.none')}</p>
        ) : (
          <>
            <PlanFilters filter={filter} owners={owners} words={words} onChange={setFilter} />
            <p role="status" className="hint">
              {t('plan.items.shown', { count: shown.length, total: plan.items.length })}
            </p>
            <ul className="plan-items">
              {shown.map((item) => (
                <li key={item.id}>
                  <PlanItemCard
                    assessmentId={plan.assessmentId}
                    item={item}
                    words={words}
                    canEdit={plan.canEdit && !editing}
                    onEdit={() => setEditing({ kind: 'edit', item })}
                    onChanged={onChanged}
                  />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <PlanTimeline items={shown} />
    </>
  );
}
