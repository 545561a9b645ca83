import { useTranslation } from 'react-i18next';
import type { FrameworkView } from '../../../domain/framework/index.js';
import { StageBadge } from '../../components/StageBadge.js';
import { useLocalize } from '../../i18n/use-localize.js';

export function StageDefinitions({ stages }: { stages: FrameworkView['stages'] }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  return (
    <section className="section" aria-labelledby="stages-heading">
      <h2 id="stages-heading">{t('overview.stagesHeading')}</h2>
      <p>{t('overview.stagesIntro')}</p>
      <ol className="stage-grid">
        {stages.map((stage) => (
          <li key={stage.key} className={`stage-card stage--${stage.key}`}>
            <StageBadge stage={stage.key} number={stage.number} />
            <h3 className="stage-card__title">{localize(stage.title)}</h3>
            <p>{localize(stage.description)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
