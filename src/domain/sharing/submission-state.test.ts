import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replacementOf, submissionState, type MadeSubmission } from './submission-state.js';

const made = (fields: Partial<MadeSubmission> & Pick<MadeSubmission, 'id'>): MadeSubmission => ({
  cycle: '2026',
  createdAt: '2026-05-01T10:00:00.000Z',
  sentAt: null,
  sentHere: false,
  withdrawnAt: null,
  ...fields,
});

const none = new Set<string>();

describe('submissionState', () => {
  const first = made({ id: 'first', sentAt: '2026-05-01T11:00:00.000Z' });

  it('is replaced once a newer submission of the same cycle is sent', () => {
    const newerDraft = made({ id: 'newer', createdAt: '2026-06-01T10:00:00.000Z' });
    expect(submissionState(first, [first, newerDraft], none)).toBe('sent');
    const newerSent = { ...newerDraft, sentAt: '2026-06-01T11:00:00.000Z' };
    expect(submissionState(first, [first, newerSent], none)).toBe('replaced');
    expect(replacementOf(first, [first, newerSent])?.id).toBe('newer');
    expect(submissionState(newerSent, [first, newerSent], none)).toBe('sent');
  });

  it('is not replaced by another cycle, nor when it was never sent, and withdrawn wins', () => {
    const otherCycle = made({
      id: 'other',
      cycle: '2028',
      createdAt: '2028-01-01T00:00:00.000Z',
      sentAt: '2028-01-01T00:00:00.000Z',
    });
    expect(submissionState(first, [otherCycle], none)).toBe('sent');
    const unsent = made({ id: 'unsent' });
    const later = made({ id: 'later', createdAt: '2026-07-01T00:00:00.000Z', sentAt: 'x' });
    expect(submissionState(unsent, [later], none)).toBe('made');
    expect(submissionState({ ...first, withdrawnAt: '2026-08-01' }, [later], none)).toBe(
      'withdrawn',
    );
  });

  it('is removed when sent here and no longer held here, unless replaced or withdrawn', () => {
    const sentHere = made({ id: 'here', sentAt: '2026-05-01T11:00:00.000Z', sentHere: true });
    expect(submissionState(sentHere, [sentHere], new Set(['here']))).toBe('sent');
    expect(submissionState(sentHere, [sentHere], none)).toBe('removed');
    const newer = made({
      id: 'newer',
      createdAt: '2026-06-01T10:00:00.000Z',
      sentAt: '2026-06-01T11:00:00.000Z',
    });
    expect(submissionState(sentHere, [sentHere, newer], none)).toBe('replaced');
    expect(submissionState({ ...sentHere, withdrawnAt: '2026-07-01' }, [], none)).toBe('withdrawn');
    // Held here, it is what the secretariat has, whatever else was sent since.
    expect(submissionState(sentHere, [sentHere, newer], new Set(['here']))).toBe('sent');
    // Sent to another instance, its copy there cannot be looked at from here.
    expect(submissionState({ ...sentHere, sentHere: false }, [], none)).toBe('sent');
  });

  it('leaves exactly the newest sent submission of each cycle as sent', () => {
    const submissions = fc.uniqueArray(
      fc.record({
        cycle: fc.constantFrom('2024', '2026'),
        createdAt: fc.integer({ min: 0, max: 1e6 }).map((n) => new Date(n * 1000).toISOString()),
        sent: fc.boolean(),
      }),
      { selector: (entry) => entry.createdAt, maxLength: 12 },
    );
    fc.assert(
      fc.property(submissions, (entries) => {
        const all = entries.map((entry, index) =>
          made({
            id: String(index),
            cycle: entry.cycle,
            createdAt: entry.createdAt,
            sentAt: entry.sent ? entry.createdAt : null,
          }),
        );
        for (const cycle of ['2024', '2026']) {
          const sent = all.filter((entry) => entry.cycle === cycle && entry.sentAt);
          const current = sent.filter((entry) => submissionState(entry, all, none) === 'sent');
          expect(current.length).toBe(sent.length > 0 ? 1 : 0);
          const newest = sent.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
          if (newest) expect(current[0]?.id).toBe(newest.id);
        }
      }),
    );
  });
});
