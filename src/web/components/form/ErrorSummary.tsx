import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../forms/form-errors.js';
import type { FieldIds } from '../../forms/use-form.js';

/**
 * The problems with what was just submitted, listed at the top of the form. It takes focus when
 * it appears, so keyboard and screen-reader users hear it at once; each message about a field
 * moves focus to that field. (Following a plain `#id` link would replace the address's fragment,
 * which on setup, invite and reset pages holds the link's token.)
 */
export function ErrorSummary({ errors, ids }: { errors: FormErrors; ids: FieldIds<string> }) {
  const { t } = useTranslation();
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);

  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
      <h2 className="error-summary__heading">{t('forms.problemHeading')}</h2>
      <ul>
        {errors.map(({ field, message }) => {
          const id = field ? ids[field] : undefined;
          return (
            <li key={`${field ?? ''}:${message}`}>
              {id ? (
                <a
                  href={`#${id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(id)?.focus();
                  }}
                >
                  {message}
                </a>
              ) : (
                message
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
