import { useTranslation } from 'react-i18next';
import { FALLBACK_LANGUAGE } from '../../i18n/i18n.js';
import { exportUrl, type ExportFormat } from './exports.api.js';

const FORMATS: readonly ExportFormat[] = ['xlsx', 'pdf', 'json', 'csv-stages', 'csv-plan'];

/** Downloads of the whole assessment, each in the language the page is shown in. */
export function ExportSection({ assessmentId }: { assessmentId: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? FALLBACK_LANGUAGE;
  return (
    <section className="section" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('exports.heading')}</h2>
      <p>{t('exports.intro')}</p>
      <ul className="export-list">
        {FORMATS.map((format) => (
          <li key={format}>
            <a href={exportUrl(assessmentId, format, locale)} download>
              {t(`exports.format.${format}.name`)}
            </a>{' '}
            <span className="export-list__hint">{t(`exports.format.${format}.hint`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
