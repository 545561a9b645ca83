import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../i18n/use-format-date.js';

/** Says that unsaved text came back from earlier. */
export function RestoredNotice({ restoredFrom }: { restoredFrom: string | undefined }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (!restoredFrom) return null;
  return (
    <p className="notice notice--info" role="status">
      {t('drafts.restored', { when: formatDateTime(restoredFrom) })}
    </p>
  );
}

/** A line that announces a completed save; it stays in the page while empty, to be heard later. */
export function SavedStatus({ savedAt }: { savedAt: string | undefined }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <p className="inline-status" role="status">
      {savedAt ? t('drafts.saved', { when: formatDateTime(savedAt) }) : ''}
    </p>
  );
}
