import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { readDraft, removeDraft, writeDraft } from '../drafts/draft-store.js';
import { useForm, type FieldIds } from './use-form.js';
import {
  followRecord,
  isDirty,
  refused,
  saved,
  startEditing,
  takeTheirs,
  versionToSend,
  type Same,
  type VersionedRecord,
} from './versioned-edit.js';

type Options<Schema extends z.ZodType, Value> = {
  /** The record as the page last read it; a newer version is followed as it arrives. */
  record: VersionedRecord<Value>;
  /** Where unsaved changes are kept in the browser (`draftKey`). */
  draftKey: string;
  valueSchema: z.ZodType<Value>;
  same: Same<Value>;
  /** The request body for a value, based on a version; checked with `schema` before sending. */
  bodyOf: (version: number | null, value: Value) => z.input<Schema>;
  schema: Schema;
  ids: FieldIds<string>;
  /** What each field needs, for the value in the form (a reason and a rationale differ). */
  messages: (value: Value) => Readonly<Record<string, string>>;
  send: (body: z.output<Schema>) => Promise<VersionedRecord<Value>>;
  /** The record as it stands, from a 409 refusing a save based on an older version. */
  currentOf: (error: unknown) => VersionedRecord<Value> | undefined;
  /** The record changed on the server (saved here, or a save was refused as stale). */
  onChanged: () => void;
};

/**
 * A form over a record several people edit. Nothing anyone typed is lost: every save sends the
 * version it was based on; a refusal (409) or a newer version arriving while the person has
 * unsaved changes keeps both versions side by side (`conflict`) until the person chooses; and
 * unsaved changes are kept in the browser until they are saved, through reloads and an ended
 * session.
 */
export function useVersionedForm<Schema extends z.ZodType, Value extends { text: string }>(
  options: Options<Schema, Value>,
) {
  const { record, draftKey, valueSchema, same, bodyOf, send, currentOf, onChanged } = options;
  const [state, setState] = useState(() =>
    startEditing(record, readDraft(localStorage, draftKey, valueSchema), same),
  );
  const [savedAt, setSavedAt] = useState<string>();
  const submitted = useRef<Value>(undefined);

  if ((record.version ?? 0) > (state.seen ?? 0)) setState(followRecord(state, record, same));

  const dirty = isDirty(state, same);
  const { value, base } = state;
  useEffect(() => {
    if (!dirty) {
      removeDraft(localStorage, draftKey);
      return;
    }
    writeDraft(localStorage, draftKey, {
      value,
      baseVersion: base.version,
      baseValue: base.value,
      savedAt: new Date().toISOString(),
    });
  }, [draftKey, dirty, value, base]);

  const form = useForm({
    schema: options.schema,
    ids: options.ids,
    messages: options.messages(state.value),
    onValid: async (body) => {
      const sent = submitted.current as Value;
      try {
        const record = await send(body);
        setState((current) => saved(current, record, sent, same));
        setSavedAt(record.stamp?.updatedAt ?? new Date().toISOString());
      } catch (error) {
        const theirs = currentOf(error);
        if (!theirs) throw error;
        setState((current) => refused(current, theirs, sent));
      }
      onChanged();
    },
  });

  function submit(toSave: Value) {
    submitted.current = toSave;
    void form.submit(bodyOf(versionToSend(state), toSave));
  }

  return {
    value,
    dirty,
    conflict: state.conflict,
    restoredFrom: state.restoredFrom,
    /** When the last save here went through, while nothing has changed since. */
    savedAt: dirty ? undefined : savedAt,
    errors: form.errors,
    busy: form.busy,
    change: (patch: Partial<Value>) =>
      setState((current) => ({ ...current, value: { ...current.value, ...patch } })),
    changeText: (text: string) =>
      setState((current) => ({ ...current, value: { ...current.value, text } })),
    save: () => submit(value),
    keepYours: () => {
      if (!state.conflict) return;
      const { yours } = state.conflict;
      setState((current) => ({ ...current, value: yours }));
      submit(yours);
    },
    takeTheirs: () => setState(takeTheirs),
  };
}

export type VersionedForm<Value extends { text: string }> = ReturnType<
  typeof useVersionedForm<z.ZodType, Value>
>;
