import type { FormEvent, ReactNode } from 'react';
import type { FormErrors } from '../../forms/form-errors.js';
import type { FieldIds } from '../../forms/use-form.js';
import { ErrorSummary } from './ErrorSummary.js';

/**
 * A form checked by this page rather than the browser (`noValidate`), so every problem is
 * explained in the same place and words, with the summary of problems at the top.
 */
export function Form({
  errors,
  ids,
  onSubmit,
  children,
  label,
}: {
  errors: FormErrors;
  ids: FieldIds<string>;
  onSubmit: () => void;
  children: ReactNode;
  /** A name for the form, when the page has several. */
  label?: string;
}) {
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form className="form" noValidate onSubmit={submit} aria-label={label}>
      <ErrorSummary errors={errors} ids={ids} />
      {children}
    </form>
  );
}
