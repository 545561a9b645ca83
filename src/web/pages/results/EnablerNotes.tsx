import { useTranslation } from 'react-i18next';
import type { EnablerNoteView } from '../../../domain/assessment/api/index.js';
import type { FrameworkView } from '../../../domain/framework/index.js';
import { useLocalize } from '../../i18n/use-localize.js';

/** What the group noted about the cross-cutting enablers, which are context and not scored. */
export function EnablerNotes({
  enablers,
  framework,
}: {
  enablers: readonly EnablerNoteView[];
  framework: FrameworkView;
}) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const title = (key: string) => {
    const found = framework.enablers.find((enabler) => enabler.key === key);
    return found ? localize(found.title) : key;
  };
  return (
    <section className="section panel results__section" aria-labelledby="enablers-heading">
      <h2 id="enablers-heading">{t('results.enablersHeading')}</h2>
      <dl className="results__enablers">
        {enablers.map((enabler) => (
          <div key={enabler.key}>
            <dt>{title(enabler.key)}</dt>
            <dd>{enabler.note === '' ? t('enablers.noNote') : enabler.note}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
