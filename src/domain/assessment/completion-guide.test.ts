import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPLETION_STEPS, completionGuide, type CompletionFacts } from './completion-guide.js';

const nothingYet: CompletionFacts = {
  detailsComplete: false,
  participantsInvited: 0,
  participantsJoined: 0,
  indicatorsRated: 0,
  indicatorsTotal: 320,
  itemsDecided: 0,
  itemsTotal: 27,
  planItems: 0,
  sharing: 'undecided',
};

const everythingDone: CompletionFacts = {
  detailsComplete: true,
  participantsInvited: 12,
  participantsJoined: 12,
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
      participantsInvited: 10,
      participantsJoined: 7,
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

  it('holds an almost finished step below 100%', () => {
    const assess = completionGuide({ ...nothingYet, indicatorsRated: 319 }).steps[2];
    expect(assess).toMatchObject({ state: 'in-progress', percent: 99 });
  });

  it('counts one plan item as a plan, and declining to share as a decision', () => {
    expect(stateOf({ ...nothingYet, planItems: 1 }).plan).toBe('done');
    expect(stateOf({ ...nothingYet, sharing: 'submitted' }).share).toBe('done');
    expect(stateOf({ ...nothingYet, sharing: 'declined' }).share).toBe('done');
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
  participantsInvited: fc.nat(30),
  participantsJoined: fc.nat(30),
  indicatorsRated: fc.nat(400),
  indicatorsTotal: fc.nat(400),
  itemsDecided: fc.nat(27),
  itemsTotal: fc.constant(27),
  planItems: fc.nat(20),
  sharing: fc.constantFrom('undecided', 'submitted', 'declined'),
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

  it('points at the first step not done', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const { steps, currentStep } = completionGuide(facts);
        expect(currentStep).toBe(steps.find(({ state }) => state !== 'done')?.step);
      }),
    );
  });
});
