import type { InputHTMLAttributes } from 'react';
import { describedBy } from './field-description.js';
import { Field, type TextControlProps } from './Field.js';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> &
  TextControlProps;

export function TextField({ id, label, hint, error, value, onValueChange, ...input }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        className="input"
        type="text"
        {...input}
        id={id}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </Field>
  );
}
