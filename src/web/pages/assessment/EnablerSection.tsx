import { useTranslation } from 'react-i18next';
import type { AssessmentOverview } from '../../../domain/assessment/api/index.js';
import type { FrameworkView } from '../../../domain/framework/index.js';
import { EnablerItem } from './EnablerItem.js';

/** The cross-cutting enablers: context the group records, not scored stages. */
export function EnablerSection({
  overview,
  framework,
  onChanged,
}: {
  overview: AssessmentOverview;
  framework: FrameworkView;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const notes = new Map(overview.enablers.map((note) => [note.key, note]));
  const canEdit = overview.permissions.contributeCapabilities.length > 0;
  return (
    <section className="section" aria-labelledby="enablers-heading">
      <h2 id="enablers-heading">{t('overview.enablersHeading')}</h2>
      <p>{t('enablers.intro')}</p>
      <ul className="enabler-list">
        {framework.enablers.map((enabler) => (
          <EnablerItem
            key={enabler.key}
            assessmentId={overview.assessment.id}
            enabler={enabler}
            note={notes.get(enabler.key) ?? { key: enabler.key, note: '', stamp: null }}
            canEdit={canEdit}
            onChanged={onChanged}
          />
        ))}
      </ul>
    </section>
  );
}
