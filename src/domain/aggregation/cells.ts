import type { Cell } from './aggregation.results.js';
import { isSmall } from './threshold.js';

export function cellOf(value: number, suppressed: boolean): Cell {
  return suppressed ? { kind: 'suppressed' } : { kind: 'count', value };
}

/** A count that stands alone (no line it adds up with): withheld only if in 1..k-1. */
export function publishedCount(count: number, k: number): Cell {
  return cellOf(count, isSmall(count, k));
}
