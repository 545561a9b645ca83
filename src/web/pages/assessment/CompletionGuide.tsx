import { useTranslation } from 'react-i18next';
import type { AssessmentOverview } from '../../../domain/assessment/api/index.js';
import { ProgressMeter } from '../../components/assessment/ProgressMeter.js';

/**
 * prepare → convene → assess → agree → plan → share: each step with how far it has got, the
 * current one marked for everyone (highlighted) and for screen readers (`aria-current`).
 */
export function CompletionGuide({ guide }: { guide: AssessmentOverview['guide'] }) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="guide-heading">
      <h2 id="guide-heading">{t('guide.heading')}</h2>
      <ol className="guide">
        {guide.steps.map((step, index) => {
          const current = step.step === guide.currentStep;
          return (
            <li
              key={step.step}
              className={`guide__step guide__step--${step.state}${current ? ' guide__step--current' : ''}`}
              aria-current={current ? 'step' : undefined}
            >
              <span className="guide__number" aria-hidden="true">
                {index + 1}
              </span>
              <div className="guide__body">
                <h3 className="guide__title">
                  <span className="visually-hidden">
                    {t('guide.stepNumber', { number: index + 1 })}{' '}
                  </span>
                  {t(`guide.steps.${step.step}.title`)}
                </h3>
                <p className="guide__state">
                  {t(`guide.state.${step.state}`)}
                  {current && <span className="guide__current"> · {t('guide.current')}</span>}
                </p>
                <p className="guide__description">{t(`guide.steps.${step.step}.description`)}</p>
                <ProgressMeter
                  label={t('guide.progress', { done: step.done, total: step.total })}
                  percent={step.percent}
                />
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
