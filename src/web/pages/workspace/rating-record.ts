import { z } from 'zod';
import type { IndicatorRatingView } from '../../../domain/assessment/api/index.js';
import { indicatorStatusSchema } from '../../../domain/assessment/index.js';
import type { VersionedRecord } from '../../forms/versioned-edit.js';

/** A rating as its form holds it: the status ticked and the evidence text. */
export const ratingValueSchema = z.object({
  status: indicatorStatusSchema.nullable(),
  text: z.string(),
});
export type RatingValue = z.infer<typeof ratingValueSchema>;

export function ratingRecord(view: IndicatorRatingView): VersionedRecord<RatingValue> {
  return {
    version: view.stamp?.version ?? null,
    value: { status: view.status, text: view.evidenceText },
    stamp: view.stamp,
  };
}

export function sameRating(a: RatingValue, b: RatingValue): boolean {
  return a.status === b.status && a.text === b.text;
}
