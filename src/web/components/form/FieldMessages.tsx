import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A field's hint and, when it has one, its error message, with the ids `describedBy` names. */
export function FieldMessages({
  id,
  hint,
  error,
}: {
  id: string;
  hint: ReactNode;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t('forms.errorPrefix')}</span>
          {error}
        </p>
      )}
    </>
  );
}
