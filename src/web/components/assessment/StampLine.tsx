import { useTranslation } from 'react-i18next';
import type { ChangeStamp } from '../../../domain/assessment/api/index.js';
import { useFormatDateTime } from '../../i18n/use-format-date.js';

/** Who saved a record last, and when. */
export function StampLine({ stamp }: { stamp: ChangeStamp | null }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (!stamp) return null;
  return (
    <p className="stamp">
      {t('assessment.savedBy', {
        name: stamp.updatedBy.displayName,
        when: formatDateTime(stamp.updatedAt),
      })}
    </p>
  );
}
