import type { TextareaHTMLAttributes } from 'react';
import { describedBy } from './field-description.js';
import { Field, type TextControlProps } from './Field.js';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange' | 'value'> &
  TextControlProps;

/** Longer text (evidence, comments, rationale) in a box that grows with the reader's font size. */
export function TextArea({ id, label, hint, error, value, onValueChange, ...textarea }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <textarea
        className="input textarea"
        rows={4}
        {...textarea}
        id={id}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </Field>
  );
}
