import type { ChangeStamp } from '../../domain/assessment/api/index.js';
import type { StoredDraft } from '../drafts/draft-store.js';

/** A record people edit together, as the server has it: the version a save must be based on. */
export type VersionedRecord<Value> = {
  /** Null while nothing is recorded yet. */
  version: number | null;
  value: Value;
  /** Who saved it last, and when. */
  stamp: ChangeStamp | null;
};

/**
 * Someone else's save met this person's edit. Both stay available until the person chooses:
 * theirs as saved, yours as it was typed.
 */
export type Conflict<Value> = {
  theirs: VersionedRecord<Value>;
  yours: Value;
  /** `save`: the server refused a save based on an older version; `live`: it changed meanwhile. */
  cause: 'save' | 'live';
};

export type EditState<Value> = {
  /** The version the edit builds on, and its value, to tell whether anything was changed. */
  base: { version: number | null; value: Value };
  value: Value;
  /** The newest version of the record seen, so a later answer is noticed once. */
  seen: number | null;
  conflict: Conflict<Value> | undefined;
  /** When the value came back from a draft kept in the browser, the moment it was typed. */
  restoredFrom: string | undefined;
};

export type Same<Value> = (a: Value, b: Value) => boolean;

/** Versions only grow; nothing recorded yet comes before version 1. */
const order = (version: number | null) => version ?? 0;

function following<Value>(record: VersionedRecord<Value>): EditState<Value> {
  return {
    base: { version: record.version, value: record.value },
    value: record.value,
    seen: record.version,
    conflict: undefined,
    restoredFrom: undefined,
  };
}

export function isDirty<Value>(state: EditState<Value>, same: Same<Value>): boolean {
  return !same(state.value, state.base.value);
}

/**
 * Opens the editor on the record, or on the person's draft of it. A draft typed over a version
 * that has since changed comes back as a conflict, so their text and the newer one are compared.
 */
export function startEditing<Value>(
  record: VersionedRecord<Value>,
  draft: StoredDraft<Value> | undefined,
  same: Same<Value>,
): EditState<Value> {
  if (!draft || same(draft.value, record.value)) return following(record);
  const changedSince = order(record.version) > order(draft.baseVersion);
  return {
    base: changedSince
      ? { version: draft.baseVersion, value: draft.baseValue }
      : { version: record.version, value: record.value },
    value: draft.value,
    seen: record.version,
    conflict: changedSince ? { theirs: record, yours: draft.value, cause: 'live' } : undefined,
    restoredFrom: draft.savedAt,
  };
}

/**
 * A newer version arrived (someone saved, or the page read it again). An untouched editor shows
 * it; one with unsaved changes keeps them and shows the newer version beside them.
 */
export function followRecord<Value>(
  state: EditState<Value>,
  record: VersionedRecord<Value>,
  same: Same<Value>,
): EditState<Value> {
  if (order(record.version) <= order(state.seen)) return state;
  const seen = record.version;
  if (order(record.version) <= order(state.base.version)) return { ...state, seen };
  if (!isDirty(state, same) || same(state.value, record.value)) {
    return { ...following(record), restoredFrom: state.restoredFrom };
  }
  return {
    ...state,
    seen,
    conflict: {
      theirs: record,
      yours: state.conflict?.yours ?? state.value,
      cause: state.conflict?.cause ?? 'live',
    },
  };
}

/** The version a save is based on: theirs once the person has seen it, else the one opened. */
export function versionToSend<Value>(state: EditState<Value>): number | null {
  return state.conflict ? state.conflict.theirs.version : state.base.version;
}

/** A save went through. Text typed while it was on its way stays in the editor. */
export function saved<Value>(
  state: EditState<Value>,
  record: VersionedRecord<Value>,
  submitted: Value,
  same: Same<Value>,
): EditState<Value> {
  return {
    base: { version: record.version, value: record.value },
    value: same(state.value, submitted) ? record.value : state.value,
    seen: order(record.version) > order(state.seen) ? record.version : state.seen,
    conflict: undefined,
    restoredFrom: undefined,
  };
}

/** The server refused a save based on an older version and sent the record as it is now. */
export function refused<Value>(
  state: EditState<Value>,
  theirs: VersionedRecord<Value>,
  submitted: Value,
): EditState<Value> {
  return {
    ...state,
    seen: order(theirs.version) > order(state.seen) ? theirs.version : state.seen,
    conflict: { theirs, yours: submitted, cause: 'save' },
  };
}

/** The person keeps the other version: their own edit is let go. */
export function takeTheirs<Value>(state: EditState<Value>): EditState<Value> {
  return state.conflict ? following(state.conflict.theirs) : state;
}
