import { useTranslation } from 'react-i18next';
import type { AssessmentOverview } from '../../../domain/assessment/api/index.js';
import type { FrameworkView } from '../../../domain/framework/index.js';
import { CapabilityItem } from './CapabilityItem.js';

/** The six capabilities, each suggested from its sub-domains and agreed by the group. */
export function CapabilitySection({
  overview,
  framework,
  stageTitle,
  onChanged,
}: {
  overview: AssessmentOverview;
  framework: FrameworkView;
  stageTitle: (stage: number) => string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="capabilities-heading">
      <h2 id="capabilities-heading">{t('capability.heading')}</h2>
      <p>{t(`capability.intro.${framework.rollUp}`)}</p>
      <ul className="stack-cards stack-cards--wide">
        {framework.capabilities.map((capability) => (
          <CapabilityItem
            key={capability.key}
            overview={overview}
            capability={capability}
            rollUpRule={framework.rollUp}
            stageTitle={stageTitle}
            onChanged={onChanged}
          />
        ))}
      </ul>
    </section>
  );
}
