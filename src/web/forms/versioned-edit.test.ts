import { describe, expect, it } from 'vitest';
import {
  followRecord,
  isDirty,
  refused,
  saved,
  startEditing,
  takeTheirs,
  versionToSend,
  type VersionedRecord,
} from './versioned-edit.js';

type Text = { text: string };
const same = (a: Text, b: Text) => a.text === b.text;

function record(version: number | null, text: string): VersionedRecord<Text> {
  return {
    version,
    value: { text },
    stamp:
      version === null
        ? null
        : {
            version,
            updatedAt: '2026-12-10T10:00:00.000Z',
            updatedBy: { id: 'u2', displayName: 'Ama' },
          },
  };
}

const typing = (text: string) => (state: ReturnType<typeof startEditing<Text>>) => ({
  ...state,
  value: { text },
});

describe('editing a shared record', () => {
  it('opens on the saved version and sends it with the save', () => {
    const state = startEditing(record(2, 'saved'), undefined, same);
    expect(state.value.text).toBe('saved');
    expect(isDirty(state, same)).toBe(false);
    expect(versionToSend(state)).toBe(2);
    expect(versionToSend(startEditing(record(null, ''), undefined, same))).toBeNull();
  });

  it('shows a newer version at once while nothing was changed here', () => {
    const state = followRecord(
      startEditing(record(2, 'old'), undefined, same),
      record(3, 'new'),
      same,
    );
    expect(state.value.text).toBe('new');
    expect(state.conflict).toBeUndefined();
    expect(versionToSend(state)).toBe(3);
  });

  it('keeps unsaved text when a newer version arrives, and shows both', () => {
    const editing = typing('mine')(startEditing(record(2, 'old'), undefined, same));
    const state = followRecord(editing, record(3, 'theirs'), same);
    expect(state.value.text).toBe('mine');
    expect(state.conflict).toMatchObject({ yours: { text: 'mine' }, cause: 'live' });
    expect(state.conflict?.theirs.value.text).toBe('theirs');
    expect(versionToSend(state)).toBe(3);
  });

  it('ignores an answer older than what it has, such as a read that left before a save', () => {
    const editing = startEditing(record(2, 'old'), undefined, same);
    const afterSave = saved(typing('mine')(editing), record(3, 'mine'), { text: 'mine' }, same);
    expect(followRecord(afterSave, record(2, 'old'), same)).toBe(afterSave);
    expect(followRecord(afterSave, record(3, 'mine'), same).value.text).toBe('mine');
  });

  it('keeps both texts when a save is refused, and saves the next time against theirs', () => {
    const editing = typing('mine')(startEditing(record(2, 'old'), undefined, same));
    const state = refused(editing, record(4, 'theirs'), { text: 'mine' });
    expect(state.conflict).toMatchObject({ yours: { text: 'mine' }, cause: 'save' });
    expect(versionToSend(state)).toBe(4);
    const merged = typing('mine and theirs')(state);
    expect(merged.conflict?.yours.text).toBe('mine');
    const done = saved(merged, record(5, 'mine and theirs'), { text: 'mine and theirs' }, same);
    expect(done.conflict).toBeUndefined();
    expect(isDirty(done, same)).toBe(false);
  });

  it('lets the person take the other version instead of their own', () => {
    const state = takeTheirs(
      refused(
        typing('mine')(startEditing(record(2, 'old'), undefined, same)),
        record(4, 'theirs'),
        { text: 'mine' },
      ),
    );
    expect(state.value.text).toBe('theirs');
    expect(state.conflict).toBeUndefined();
    expect(isDirty(state, same)).toBe(false);
  });

  it('keeps text typed while the save was on its way', () => {
    const editing = typing('first')(startEditing(record(1, ''), undefined, same));
    const state = saved(
      typing('first and more')(editing),
      record(2, 'first'),
      { text: 'first' },
      same,
    );
    expect(state.value.text).toBe('first and more');
    expect(isDirty(state, same)).toBe(true);
  });

  describe('coming back to a draft', () => {
    const draft = (baseVersion: number | null, text: string, baseText = 'old') => ({
      value: { text },
      baseVersion,
      baseValue: { text: baseText },
      savedAt: '2026-12-10T09:00:00.000Z',
    });

    it('restores the text typed over the version still saved', () => {
      const state = startEditing(record(2, 'old'), draft(2, 'typed'), same);
      expect(state.value.text).toBe('typed');
      expect(state.restoredFrom).toBe('2026-12-10T09:00:00.000Z');
      expect(state.conflict).toBeUndefined();
      expect(versionToSend(state)).toBe(2);
    });

    it('restores it beside the newer version when someone saved in the meantime', () => {
      const state = startEditing(record(3, 'theirs'), draft(2, 'typed'), same);
      expect(state.value.text).toBe('typed');
      expect(state.conflict).toMatchObject({ yours: { text: 'typed' }, cause: 'live' });
      expect(versionToSend(state)).toBe(3);
    });

    it('lets a draft go that says what is saved already', () => {
      const state = startEditing(record(3, 'typed'), draft(2, 'typed'), same);
      expect(state.restoredFrom).toBeUndefined();
      expect(isDirty(state, same)).toBe(false);
    });
  });
});
