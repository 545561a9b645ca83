import { useTranslation } from 'react-i18next';
import type { FrameworkView } from '../../../domain/framework/index.js';
import { useLocalize } from '../../i18n/use-localize.js';

export function EnablerList({ enablers }: { enablers: FrameworkView['enablers'] }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  return (
    <section className="section" aria-labelledby="enablers-heading">
      <h2 id="enablers-heading">{t('overview.enablersHeading')}</h2>
      <p>{t('overview.enablersIntro')}</p>
      <ul className="enabler-list">
        {enablers.map((enabler) => (
          <li key={enabler.key} className="enabler">
            <h3 className="enabler__title">{localize(enabler.title)}</h3>
            <p>{localize(enabler.description)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
