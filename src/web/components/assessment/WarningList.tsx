import { useTranslation } from 'react-i18next';
import type { SubDomainWorkspace } from '../../../domain/assessment/api/index.js';

/** A warning as the API sends it; the domain's `consistencyWarnings` gives the same shape. */
type Warning = SubDomainWorkspace['warnings'][number];

const RATING_KEYS = {
  'partly-met': 'rating.status.partly-met',
  'not-met': 'rating.status.not-met',
  unknown: 'rating.status.unknown',
  unrated: 'rating.unrated',
} as const;

/** The consistency warnings on an agreed stage, in words: they guide, they never block. */
export function WarningList({ warnings }: { warnings: readonly Warning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <ul className="warning-list">
      {warnings.map((warning) => (
        <li key={warning.type} className="warning">
          {warning.type === 'agreed-above-suggestion' &&
            (warning.suggestedStage === 0
              ? t('warnings.aboveNoSuggestion', { agreed: warning.agreedStage })
              : t('warnings.aboveSuggestion', {
                  agreed: warning.agreedStage,
                  suggested: warning.suggestedStage,
                }))}
          {warning.type === 'next-stage-met' &&
            t('warnings.nextStageMet', { agreed: warning.agreedStage, next: warning.nextStage })}
          {warning.type === 'unmet-at-or-below-agreed' && (
            <>
              {t('warnings.unmetBelow', {
                agreed: warning.agreedStage,
                count: warning.indicators.length,
              })}
              <ul className="warning__indicators">
                {warning.indicators.map((item) => (
                  <li key={item.indicator}>
                    <code>{item.indicator}</code> — {t(RATING_KEYS[item.rating])}
                  </li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
