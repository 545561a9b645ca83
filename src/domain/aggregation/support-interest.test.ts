import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { supportInterest } from './support-interest.js';
import { countries, submission } from './test-support/fixtures.js';
import { thresholdArb } from './test-support/grid-arbitraries.js';
import { stringsIn, submissionsArb, withCopies } from './test-support/submission-arbitraries.js';
import { SuppressionThresholdError } from './threshold.js';

describe('supportInterest', () => {
  it('counts distinct countries per sub-domain by their latest submission, small counts withheld', () => {
    const returning = submission({ cycle: '2022', seeksSupport: ['legislation'] });
    const interest = supportInterest(
      [
        returning,
        { ...returning, cycle: '2024', seeksSupport: ['child-helpline'] },
        ...countries(3, { seeksSupport: ['child-helpline', 'child-helpline'] }),
        ...countries(2, { seeksSupport: ['legislation'], offersExperience: ['csea-hotline'] }),
      ],
      { k: 3 },
    );
    const seeking = Object.fromEntries(
      interest.seeksSupport.map(({ subDomain, countries }) => [subDomain, countries]),
    );
    expect(seeking['child-helpline']).toEqual({ kind: 'count', value: 4 });
    expect(seeking['legislation']).toEqual({ kind: 'suppressed' });
    expect(seeking['leadership']).toEqual({ kind: 'count', value: 0 });
    expect(interest.offersExperience.find(({ subDomain }) => subDomain === 'csea-hotline')).toEqual(
      { subDomain: 'csea-hotline', countries: { kind: 'suppressed' } },
    );
    expect(interest.countries).toEqual({ kind: 'count', value: 6 });
  });

  it('refuses a threshold below 3', () => {
    expect(() => supportInterest([], { k: 1 })).toThrow(SuppressionThresholdError);
  });
});

describe('supportInterest properties', () => {
  it('publishes no count in 1..k-1 and no country code, and ignores copies', () => {
    fc.assert(
      fc.property(
        submissionsArb.chain((submissions) =>
          withCopies(submissions).map((copies) => ({ submissions, copies })),
        ),
        thresholdArb,
        ({ submissions, copies }, k) => {
          const interest = supportInterest(submissions, { k });
          const cells = [
            interest.countries,
            ...[...interest.seeksSupport, ...interest.offersExperience].map(
              ({ countries }) => countries,
            ),
          ];
          for (const cell of cells) {
            if (cell.kind === 'count') expect(cell.value === 0 || cell.value >= k).toBe(true);
          }
          const codes = new Set(submissions.map(({ countryCode }) => countryCode));
          expect(
            stringsIn(JSON.parse(JSON.stringify(interest))).filter((value) => codes.has(value)),
          ).toEqual([]);
          expect(supportInterest(copies, { k })).toEqual(interest);
        },
      ),
      { numRuns: 60 },
    );
  });
});
