import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agreedResultProblems,
  agreedStageOf,
  rationaleRequired,
  resultOf,
  subDomainStatus,
} from './agreed-result.js';
import { agreedResultSchema, indicatorRatingsSchema } from './assessment.schemas.js';
import { agreedResultArb, stageArb } from './test-support/arbitraries.js';
import { agreed, notApplicable, notAssessed } from './test-support/fixtures.js';

const suggestionArb = fc.constantFrom(0, 1, 2, 3, 4 as const);

describe('agreedResultSchema', () => {
  it('accepts a stage with an optional rationale, defaulting it to empty', () => {
    expect(agreedResultSchema.parse({ kind: 'stage', stage: 3 })).toEqual(agreed(3));
  });

  it('refuses a stage outside 1–4', () => {
    expect(agreedResultSchema.safeParse({ kind: 'stage', stage: 0 }).success).toBe(false);
    expect(agreedResultSchema.safeParse({ kind: 'stage', stage: 5 }).success).toBe(false);
    expect(agreedResultSchema.safeParse({ kind: 'stage', stage: 2.5 }).success).toBe(false);
  });

  it('requires a reason for not applicable, blank counting as none', () => {
    const blank = agreedResultSchema.safeParse({ kind: 'not-applicable', reason: '   ' });
    expect(blank.success).toBe(false);
    expect(blank.error?.issues[0]?.path).toEqual(['reason']);
    expect(agreedResultSchema.parse({ kind: 'not-applicable', reason: ' No helpline ' })).toEqual({
      kind: 'not-applicable',
      reason: 'No helpline',
    });
  });

  it('accepts not assessed', () => {
    expect(agreedResultSchema.parse({ kind: 'not-assessed' })).toEqual(notAssessed);
  });

  it('accepts every generated result', () => {
    fc.assert(
      fc.property(agreedResultArb, (result) => {
        expect(agreedResultSchema.parse(result)).toEqual(result);
      }),
    );
  });
});

describe('indicatorRatingsSchema', () => {
  it('accepts the four statuses and refuses anything else', () => {
    expect(indicatorRatingsSchema.safeParse({ 'leadership.1.1': 'unknown' }).success).toBe(true);
    expect(indicatorRatingsSchema.safeParse({ 'leadership.1.1': 'mostly' }).success).toBe(false);
  });
});

describe('rationaleRequired', () => {
  it('is needed exactly when the agreed stage differs from the suggestion', () => {
    expect(rationaleRequired(2, 2)).toBe(false);
    expect(rationaleRequired(2, 3)).toBe(true);
    expect(rationaleRequired(1, 0)).toBe(true);
    expect(rationaleRequired(1, undefined)).toBe(true);
    fc.assert(
      fc.property(stageArb, suggestionArb, (stage, suggestion) => {
        expect(rationaleRequired(stage, suggestion)).toBe(stage !== suggestion);
      }),
    );
  });
});

describe('agreedResultProblems', () => {
  it('reports a missing rationale with both stages and the field', () => {
    expect(agreedResultProblems(agreed(3, '  '), 1)).toEqual([
      {
        type: 'rationale-required',
        path: ['rationale'],
        message: expect.any(String),
        agreedStage: 3,
        suggestedStage: 1,
      },
    ]);
  });

  it('accepts a differing stage with a rationale, and the suggested stage without one', () => {
    expect(agreedResultProblems(agreed(3, 'Pilot data show it'), 1)).toEqual([]);
    expect(agreedResultProblems(agreed(2), 2)).toEqual([]);
  });

  it('has nothing to say about not applicable or not assessed', () => {
    fc.assert(
      fc.property(suggestionArb, (suggestion) => {
        expect(agreedResultProblems(notApplicable, suggestion)).toEqual([]);
        expect(agreedResultProblems(notAssessed, suggestion)).toEqual([]);
      }),
    );
  });

  it('reports a problem exactly when a rationale is required and blank', () => {
    fc.assert(
      fc.property(
        stageArb,
        suggestionArb,
        fc.constantFrom('', ' ', 'Why'),
        (stage, suggestion, text) => {
          const problems = agreedResultProblems(agreed(stage, text), suggestion);
          expect(problems.length === 1).toBe(stage !== suggestion && text.trim() === '');
        },
      ),
    );
  });
});

describe('resultOf and agreedStageOf', () => {
  it('reads a missing key as not assessed, and only agreed stages as stages', () => {
    const results = { leadership: agreed(2), legislation: notApplicable };
    expect(resultOf(results, 'csea-hotline')).toEqual(notAssessed);
    expect(resultOf(results, 'toString')).toEqual(notAssessed);
    expect(agreedStageOf(resultOf(results, 'leadership'))).toBe(2);
    expect(agreedStageOf(resultOf(results, 'legislation'))).toBeUndefined();
  });
});

describe('subDomainStatus', () => {
  it('follows the agreed result, then whether discussion has started', () => {
    expect(subDomainStatus(agreed(1), false)).toBe('agreed');
    expect(subDomainStatus(notApplicable, true)).toBe('not-applicable');
    expect(subDomainStatus(notAssessed, true)).toBe('in-discussion');
    expect(subDomainStatus(notAssessed, false)).toBe('not-started');
  });
});
