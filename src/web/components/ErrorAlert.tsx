import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiError } from '../api/api-error.js';
import { explainError } from '../api/explain-error.js';

/**
 * A failed request, explained in place: the server's own explanation when it gave one, otherwise
 * what the person can do about a lost connection or an unreadable answer. Trying again is offered
 * only where it can help; a request the server refused (4xx) gets a way back instead.
 */
export function ErrorAlert({
  heading,
  error,
  onRetry,
}: {
  heading: string;
  error: ApiError;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const explanation = explainError(error, t);
  const refused = error.kind === 'problem' && error.status !== undefined && error.status < 500;
  return (
    <div className="alert" role="alert">
      <h1 className="alert__heading">{heading}</h1>
      <p>{explanation}</p>
      {refused ? (
        <p>
          <Link to="/">{t('notFound.home')}</Link>
        </p>
      ) : (
        <button type="button" className="button" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
