import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { asApiError } from '../api/api-error.js';
import { explainError } from '../api/explain-error.js';
import { errorsFromApiError, errorsFromIssues, NO_ERRORS, type FormErrors } from './form-errors.js';

/** The element id of each field of a form, so labels, messages and the summary's links agree. */
export type FieldIds<Field extends string> = Readonly<Record<Field, string>>;

export function fieldIds<Field extends string>(
  form: string,
  fields: readonly Field[],
): FieldIds<Field> {
  return Object.fromEntries(fields.map((field) => [field, `${form}-${field}`])) as FieldIds<Field>;
}

/**
 * Checks a form's values with the schema the server also uses, then sends them. Until the values
 * pass, nothing is sent and each field says what it needs; a refusal from the server is shown in
 * the same place. The form shows `errors` in its ErrorSummary and next to each field.
 */
export function useForm<Schema extends z.ZodType>({
  schema,
  ids,
  messages,
  onValid,
}: {
  schema: Schema;
  ids: FieldIds<string>;
  /** What each member needs, in the person's words, shown when the schema refuses it. */
  messages: Readonly<Record<string, string>>;
  onValid: (data: z.output<Schema>) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  const fail = useCallback(
    (error: unknown) => {
      const apiError = asApiError(error);
      setErrors(errorsFromApiError(apiError, Object.keys(ids), explainError(apiError, t)));
    },
    [ids, t],
  );

  const submit = async (values: z.input<Schema>): Promise<void> => {
    if (busy) return;
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const fields = Object.keys(ids);
      setErrors(errorsFromIssues(parsed.error.issues, messages, t('forms.checkValue'), fields));
      return;
    }
    setBusy(true);
    try {
      await onValid(parsed.data);
      setErrors(NO_ERRORS);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  return { errors, busy, submit, fail };
}
