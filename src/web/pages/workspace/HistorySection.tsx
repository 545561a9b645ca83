import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../i18n/use-format-date.js';
import { useDescribeChange } from './use-describe-change.js';
import type { WorkspaceContext } from './workspace-context.js';

/** Every change to the sub-domain, newest first: who, what and when. */
export function HistorySection({ context }: { context: WorkspaceContext }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const describe = useDescribeChange();
  const { history } = context.workspace;
  return (
    <section className="section" id="history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history.heading')}</h2>
      {history.length === 0 ? (
        <p className="hint">{t('history.none')}</p>
      ) : (
        <ol className="history">
          {history.map((entry, index) => (
            <li key={`${entry.at}-${index}`} className="history__entry">
              <p className="history__what">
                <strong>{entry.actor?.displayName ?? t('history.system')}</strong> {describe(entry)}
              </p>
              <p className="stamp">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
