import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSuggestionView } from '../../../domain/plan/plan.schemas.js';
import { asApiError } from '../../api/api-error.js';
import { explainError } from '../../api/explain-error.js';
import { planApi } from '../../plan/plan.api.js';
import type { PlanWords } from '../../plan/use-plan-words.js';

type Group = { subDomainKey: string; suggestions: PlanSuggestionView[] };

function bySubDomain(suggestions: readonly PlanSuggestionView[]): Group[] {
  const groups: Group[] = [];
  for (const suggestion of suggestions) {
    const last = groups.at(-1);
    if (last?.subDomainKey === suggestion.subDomainKey) last.suggestions.push(suggestion);
    else groups.push({ subDomainKey: suggestion.subDomainKey, suggestions: [suggestion] });
  }
  return groups;
}

/**
 * Actions drafted from the agreed stages, by sub-domain: the group accepts one (into the form,
 * to edit before adding), dismisses it, or offers a dismissed one again.
 */
export function SuggestionSection({
  assessmentId,
  suggestions,
  words,
  canEdit,
  onAccept,
  onChanged,
}: {
  assessmentId: string;
  suggestions: readonly PlanSuggestionView[];
  words: PlanWords;
  canEdit: boolean;
  onAccept: (suggestion: PlanSuggestionView) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<{ key: string; message: string }>();

  async function decide(suggestion: PlanSuggestionView, dismissed: boolean) {
    setProblem(undefined);
    try {
      await planApi.decide(assessmentId, suggestion.indicatorKey, {
        version: suggestion.decisionVersion,
        dismissed,
      });
    } catch (error) {
      setProblem({ key: suggestion.indicatorKey, message: explainError(asApiError(error), t) });
    }
    onChanged();
  }

  const open = suggestions.filter((suggestion) => suggestion.state === 'open').length;
  return (
    <section className="section" aria-labelledby="plan-suggestions-heading">
      <h2 id="plan-suggestions-heading">{t('plan.suggestions.heading')}</h2>
      <p>{t('plan.suggestions.explanation')}</p>
      {suggestions.length === 0 ? (
        <p className="hint">{t('plan.suggestions.none')}</p>
      ) : (
        <p className="hint">{t('plan.suggestions.count', { count: suggestions.length, open })}</p>
      )}
      {bySubDomain(suggestions).map((group) => (
        <div className="plan-suggestions" key={group.subDomainKey}>
          <h3 className="plan-suggestions__heading">{words.subDomainTitle(group.subDomainKey)}</h3>
          <ul className="plan-suggestions__list">
            {group.suggestions.map((suggestion) => {
              const textId = `suggestion-${suggestion.indicatorKey}`;
              return (
                <li
                  key={suggestion.indicatorKey}
                  className={`plan-suggestion plan-suggestion--${suggestion.state}`}
                >
                  <p className="plan-suggestion__text" id={textId}>
                    {words.indicatorText(suggestion.indicatorKey)}
                  </p>
                  <p className="plan-suggestion__meta">
                    {t('plan.suggestions.meta', {
                      key: suggestion.indicatorKey,
                      stage: suggestion.targetStage,
                      rating: t(`plan.rating.${suggestion.rating}`),
                      reason: t(`plan.reason.${suggestion.reason}`),
                    })}
                  </p>
                  {suggestion.state !== 'open' && (
                    <p>
                      <span className="tag">{t(`plan.suggestions.state.${suggestion.state}`)}</span>
                    </p>
                  )}
                  {problem?.key === suggestion.indicatorKey && (
                    <p className="inline-problem" role="alert">
                      {problem.message}
                    </p>
                  )}
                  {canEdit && suggestion.state === 'open' && (
                    <div className="actions">
                      <button
                        type="button"
                        className="button button--small"
                        aria-describedby={textId}
                        onClick={() => onAccept(suggestion)}
                      >
                        {t('plan.suggestions.accept')}
                      </button>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-describedby={textId}
                        onClick={() => void decide(suggestion, true)}
                      >
                        {t('plan.suggestions.dismiss')}
                      </button>
                    </div>
                  )}
                  {canEdit && suggestion.state === 'dismissed' && (
                    <div className="actions">
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-describedby={textId}
                        onClick={() => void decide(suggestion, false)}
                      >
                        {t('plan.suggestions.offerAgain')}
                      </button>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
