import { describe, expect, it } from 'vitest';
import { aggregationInputSchema } from './aggregation.schemas.js';

const valid = {
  countryCode: ' ke ',
  cycle: '2024',
  region: 'africa',
  incomeGroup: null,
  governmentSystem: 'centralised',
  subDomainStages: { leadership: 2, 'child-helpline': 'not-applicable' },
  capabilityStages: { 'policy-governance': 1 },
};

describe('aggregationInputSchema', () => {
  it('accepts a submission, normalising the code and defaulting the support lists', () => {
    expect(aggregationInputSchema.parse([valid])).toEqual([
      { ...valid, countryCode: 'KE', seeksSupport: [], offersExperience: [] },
    ]);
  });

  it('refuses unknown sub-domains and stages outside 1–4', () => {
    expect(
      aggregationInputSchema.safeParse([{ ...valid, subDomainStages: { leadership: 5 } }]).success,
    ).toBe(false);
    expect(
      aggregationInputSchema.safeParse([{ ...valid, subDomainStages: { 'no-such-thing': 1 } }])
        .success,
    ).toBe(false);
  });

  it('accepts copies, and refuses differing submissions for a country and cycle without naming it', () => {
    expect(aggregationInputSchema.safeParse([valid, { ...valid }]).success).toBe(true);
    const result = aggregationInputSchema.safeParse([
      valid,
      { ...valid, cycle: '2022' },
      { ...valid, countryCode: 'KE', subDomainStages: { leadership: 3 } },
    ]);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: [2],
        message: 'differs from submission 1 for the same country and cycle: keep one',
      }),
    ]);
  });
});
