import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPLETION_STEPS, completionGuide, type CompletionFacts } from './completion-guide.js';

const nothingYet: CompletionFacts = {
  detailsComplete: false,
  members: 0,
  openInvitations: 0,
  indicatorsRated: 0,
  indicatorsTotal: 320,
  itemsDecided: 0,
  itemsTotal: 27,
  planItems: 0,
  sharing: 'undecided',
};

const everythingDone: CompletionFacts = {
  detailsComplete: true,
  members: 12,
  openInvitations: 0,
  indicatorsRated: 320,
  indicatorsTotal: 320,
  itemsDecided: 27,
  itemsTotal: 27,
  planItems: 14,
  sharing: 'declined',
};

const stateOf = (facts: CompletionFacts) =>
  Object.fromEntries(completionGuide(facts).steps.map(({ step, state }) => [step, state]));

describe('completionGuide', () => {
  it('starts at prepare with nothing started', () => {
    const guide = completionGuide(nothingYet);
    expect(guide.steps.map(({ step }) => step)).toEqual([...COMPLETION_STEPS]);
    expect(
      guide.steps.every(({ state, percent }) => state === 'not-started' && percent === 0),
    ).toBe(true);
    expect(guide.currentStep).toBe('prepare');
  });

  it('tracks each step from its facts', () => {
    const guide = completionGuide({
      ...nothingYet,
      detailsComplete: true,
      members: 7,
      openInvitations: 3,
      indicatorsRated: 160,
    });
    expect(guide.steps.slice(0, 4)).toEqual([
      { step: 'prepare', state: 'done', done: 2, total: 2, percent: 100 },
      { step: 'convene', state: 'in-progress', done: 7, total: 10, percent: 70 },
      { step: 'assess', state: 'in-progress', done: 160, total: 320, percent: 50 },
      { step: 'agree', state: 'not-started', done: 0, total: 27, percent: 0 },
    ]);
    expect(guide.currentStep).toBe('convene');
  });

  it('counts members added directly as convened, the same as those who accepted an invitation', () => {
    // The demo organisation: three people added by an administrator, nobody invited.
    const direct = completionGuide({ ...nothingYet, detailsComplete: true, members: 3 });
    expect(direct.steps.slice(0, 2)).toEqual([
      { step: 'prepare', state: 'done', done: 2, total: 2, percent: 100 },
      { step: 'convene', state: 'done', done: 3, total: 3, percent: 100 },
    ]);
    expect(direct.currentStep).toBe('assess');
  });

  it('waits on open invitations, and has nobody to convene before anyone is asked', () => {
    const waiting = completionGuide({ ...nothingYet, members: 3, openInvitations: 4 });
    expect(waiting.steps[1]).toMatchObject({
      state: 'in-progress',
      done: 3,
      total: 7,
      percent: 43,
    });
    const invitedOnly = completionGuide({ ...nothingYet, openInvitations: 2 });
    expect(invitedOnly.steps[0]).toMatchObject({ done: 1, total: 2 });
    expect(invitedOnly.steps[1]).toMatchObject({ state: 'not-started', done: 0, total: 2 });
    expect(completionGuide(nothingYet).steps[1]).toMatchObject({ done: 0, total: 0 });
  });

  it('holds an almost finished step below 100%', () => {
    const assess = completionGuide({ ...nothingYet, indicatorsRated: 319 }).steps[2];
    expect(assess).toMatchObject({ state: 'in-progress', percent: 99 });
  });

  it('counts one plan item as a plan, and declining to share as a decision', () => {
    expect(stateOf({ ...nothingYet, planItems: 1 }).plan).toBe('done');
    expect(stateOf({ ...nothingYet, sharing: 'submitted' }).share).toBe('done');
    expect(stateOf({ ...nothingYet, sharing: 'declined' }).share).toBe('done');
  });

  it('has no share step where sharing does not apply, and is complete without it', () => {
    const jurisdiction = completionGuide({ ...everythingDone, sharing: 'not-applicable' });
    expect(jurisdiction.steps.map(({ step }) => step)).toEqual([
      'prepare',
      'convene',
      'assess',
      'agree',
      'plan',
    ]);
    expect(jurisdiction.currentStep).toBeUndefined();
    const planning = completionGuide({ ...nothingYet, sharing: 'not-applicable' });
    expect(planning.steps).toHaveLength(5);
    expect(planning.currentStep).toBe('prepare');
  });

  it('is complete when every step is done', () => {
    const guide = completionGuide(everythingDone);
    expect(guide.currentStep).toBeUndefined();
    expect(guide.steps.every(({ state, percent }) => state === 'done' && percent === 100)).toBe(
      true,
    );
  });
});

const factsArb: fc.Arbitrary<CompletionFacts> = fc.record({
  detailsComplete: fc.boolean(),
  members: fc.nat(30),
  openInvitations: fc.nat(30),
  indicatorsRated: fc.nat(400),
  indicatorsTotal: fc.nat(400),
  itemsDecided: fc.nat(27),
  itemsTotal: fc.constant(27),
  planItems: fc.nat(20),
  sharing: fc.constantFrom('undecided', 'submitted', 'declined', 'not-applicable'),
});

describe('completionGuide properties', () => {
  it('shows 100% exactly on done steps, with done never above total', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        for (const { state, done, total, percent } of completionGuide(facts).steps) {
          expect(done).toBeLessThanOrEqual(total);
          expect(percent === 100).toBe(state === 'done');
          expect(state === 'not-started').toBe(done === 0);
        }
      }),
    );
  });

  it('convenes everyone in the organisation and waits only on open invitations', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const convene = completionGuide(facts).steps[1];
        expect(convene).toMatchObject({
          step: 'convene',
          done: facts.members,
          total: facts.members + facts.openInvitations,
        });
        expect(convene?.state === 'done').toBe(facts.members > 0 && facts.openInvitations === 0);
      }),
    );
  });

  it('points at the first step not done', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const { steps, currentStep } = completionGuide(facts);
        expect(currentStep).toBe(steps.find(({ state }) => state !== 'done')?.step);
      }),
    );
  });
});
