import { useTranslation } from 'react-i18next';
import type { Cell, Change, SharedResult } from '../../../../domain/aggregation/index.js';

/** The id of the note that says what "Suppressed" means; every suppressed cell points to it. */
export const SUPPRESSED_NOTE_ID = 'suppressed-note';

function Suppressed() {
  const { t } = useTranslation();
  return (
    <span className="aggregate-table__suppressed" aria-describedby={SUPPRESSED_NOTE_ID}>
      {t('secretariatDashboard.suppressed')}
    </span>
  );
}

/** A count of countries, or the word that says it is withheld. */
export function CountText({ cell }: { cell: Cell }) {
  const { i18n } = useTranslation();
  return cell.kind === 'count' ? (
    new Intl.NumberFormat(i18n.language).format(cell.value)
  ) : (
    <Suppressed />
  );
}

export function CountCell({ cell }: { cell: Cell }) {
  return (
    <td>
      <CountText cell={cell} />
    </td>
  );
}

export function ChangeCell({ change }: { change: Change }) {
  const { i18n } = useTranslation();
  return (
    <td>
      {change.kind === 'change' ? (
        new Intl.NumberFormat(i18n.language, { signDisplay: 'exceptZero' }).format(change.value)
      ) : (
        <Suppressed />
      )}
    </td>
  );
}

export function useColumnLabel(): (column: SharedResult) => string {
  const { t } = useTranslation();
  return (column) =>
    column === 'not-applicable'
      ? t('secretariatDashboard.notApplicable')
      : t('secretariatDashboard.stage', { stage: column });
}
