import type { AggregationSubmission } from '../aggregation.schemas.js';

let nextCode = 0;

/** A fresh fake country code, unique within the test run. */
export function freshCode(): string {
  const index = nextCode++;
  const letter = (value: number) => String.fromCharCode(65 + (value % 26));
  return `Q${letter(Math.floor(index / 26))}${letter(index)}`;
}

export function submission(fields: Partial<AggregationSubmission> = {}): AggregationSubmission {
  return {
    countryCode: freshCode(),
    cycle: '2024',
    region: 'europe',
    incomeGroup: 'high',
    governmentSystem: 'centralised',
    subDomainStages: {},
    capabilityStages: {},
    seeksSupport: [],
    offersExperience: [],
    ...fields,
  };
}

/** `count` different countries that shared the same thing. */
export function countries(
  count: number,
  fields: Partial<AggregationSubmission> = {},
): AggregationSubmission[] {
  return Array.from({ length: count }, () => submission(fields));
}
