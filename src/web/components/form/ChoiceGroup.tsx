import type { ReactNode } from 'react';
import { describedBy } from './field-description.js';
import { FieldMessages } from './FieldMessages.js';

export type Choice = { value: string; label: string; hint?: string };

/**
 * A question answered by ticking: radio buttons (one answer) or checkboxes (any number), grouped
 * under a legend. The first control carries `id`, so the error summary can move focus to it.
 */
export function ChoiceGroup({
  id,
  type,
  inline = false,
  legend,
  hint,
  error,
  choices,
  selected,
  onToggle,
}: {
  id: string;
  type: 'radio' | 'checkbox';
  /** Short choices side by side, where there is room. */
  inline?: boolean;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  choices: readonly Choice[];
  selected: readonly string[];
  /** The choice the person ticked or (checkboxes only) unticked. */
  onToggle: (value: string) => void;
}) {
  return (
    <fieldset
      className={error ? 'field field--error choice-group' : 'field choice-group'}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className="field__label">{legend}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div
        className={
          inline ? 'choice-group__choices choice-group__choices--inline' : 'choice-group__choices'
        }
      >
        {choices.map((choice, index) => {
          const choiceId = index === 0 ? id : `${id}-${choice.value}`;
          return (
            <div className="choice" key={choice.value}>
              <input
                className="choice__input"
                type={type}
                id={choiceId}
                name={id}
                value={choice.value}
                checked={selected.includes(choice.value)}
                onChange={() => onToggle(choice.value)}
                aria-describedby={choice.hint ? `${choiceId}-hint` : undefined}
              />
              <label className="choice__label" htmlFor={choiceId}>
                {choice.label}
              </label>
              {choice.hint && (
                <p className="choice__hint" id={`${choiceId}-hint`}>
                  {choice.hint}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
