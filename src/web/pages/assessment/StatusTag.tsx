import { useTranslation } from 'react-i18next';
import type { SubDomainStatus } from '../../../domain/assessment/index.js';

/** Where a sub-domain stands, in words and a colour that is never the only cue. */
export function StatusTag({ status }: { status: SubDomainStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-tag status-tag--${status}`}>{t(`subDomainStatus.${status}`)}</span>
  );
}
