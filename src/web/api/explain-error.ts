import type { TFunction } from 'i18next';
import type { ApiError } from './api-error.js';

/** What to tell the person: the server's own explanation, or what to do about a lost answer. */
export function explainError(error: ApiError, t: TFunction): string {
  return (
    error.detail ??
    (error.kind === 'network' ? t('errors.network') : t('errors.unexpectedResponse'))
  );
}
