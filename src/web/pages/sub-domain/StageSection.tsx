import { useTranslation } from 'react-i18next';
import type { SubDomainView } from '../../../domain/framework/index.js';
import { StageBadge } from '../../components/StageBadge.js';
import { useLocalize } from '../../i18n/use-localize.js';

type Stage = SubDomainView['stages'][number];

/** One stage of a sub-domain: its summary and the indicators a group checks to reach it. */
export function StageSection({ stage, title }: { stage: Stage; title: string }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const headingId = `stage-${stage.key}`;
  return (
    <section className={`stage-section stage--${stage.key}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="stage-section__heading">
        <StageBadge stage={stage.key} number={stage.number} /> {title}
      </h2>
      <p className="stage-section__summary">{localize(stage.summary)}</p>
      <h3 className="stage-section__subheading">
        {t('subDomain.indicatorCount', { count: stage.indicators.length })}
      </h3>
      <ul className="indicator-list">
        {stage.indicators.map((indicator) => (
          <li key={indicator.key} className="indicator">
            <code className="indicator__key">{indicator.key}</code>
            <p className="indicator__text">{localize(indicator.text)}</p>
            {indicator.guidance && (
              <p className="indicator__guidance">{localize(indicator.guidance)}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
