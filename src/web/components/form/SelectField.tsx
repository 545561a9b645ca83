import type { ReactNode } from 'react';
import { describedBy } from './field-description.js';
import { Field } from './Field.js';

export type Option = { value: string; label: string };

export function SelectField({
  id,
  label,
  hint,
  error,
  value,
  options,
  onValueChange,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  value: string;
  options: readonly Option[];
  onValueChange: (value: string) => void;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <select
        className="select"
        id={id}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
