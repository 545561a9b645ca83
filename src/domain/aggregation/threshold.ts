import { z } from 'zod';

/** Below 3 a published cell could single out one or two countries' self-assessments. */
export const MIN_THRESHOLD = 3;
export const DEFAULT_THRESHOLD = 5;

/** The k of k-suppression, as a request states it. */
export const suppressionThresholdSchema = z
  .number()
  .int('give a whole number')
  .min(MIN_THRESHOLD, `the threshold is never below ${MIN_THRESHOLD}`)
  .default(DEFAULT_THRESHOLD);

export class SuppressionThresholdError extends Error {
  readonly minimum = MIN_THRESHOLD;

  constructor(readonly k: number) {
    super(
      `The suppression threshold must be a whole number of at least ${MIN_THRESHOLD}; ${k} was given.`,
    );
    this.name = 'SuppressionThresholdError';
  }
}

/** Refuses a threshold that would publish counts small enough to identify countries. */
export function checkThreshold(k: number): void {
  if (!Number.isInteger(k) || k < MIN_THRESHOLD) throw new SuppressionThresholdError(k);
}

/** A count of 1..k-1 is too small to publish; zero is published, as it identifies no one. */
export function isSmall(count: number, k: number): boolean {
  return count > 0 && count < k;
}
