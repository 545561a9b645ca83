/**
 * How far a submission's `createdAt` may be ahead of the receiving instance's clock. Clocks
 * drift, so a little is allowed; more is refused, because the newest submission for a country
 * and cycle is the one held, and one dated far ahead would block every genuine one after it.
 */
export const CLOCK_SKEW_ALLOWANCE_MS = 60 * 60 * 1000;

/** Whether a submission claims to be made later than `now` allows, drift included. */
export function isMadeInTheFuture(createdAt: string, now: Date): boolean {
  return Date.parse(createdAt) > now.getTime() + CLOCK_SKEW_ALLOWANCE_MS;
}
