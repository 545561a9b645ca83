import type { IndicatorRatingView } from '../../domain/assessment/api/index.js';
import type { Db } from '../db/database.js';
import { evidenceRepository } from '../evidence/evidence.repository.js';
import { presentRating } from './indicator-rating.presenter.js';
import { indicatorRatingRepository } from './indicator-rating.repository.js';

/** One indicator's rating and evidence; callers have checked access and the key. */
export async function loadRatingView(
  db: Db,
  assessmentId: string,
  indicatorKey: string,
): Promise<IndicatorRatingView> {
  const evidence = evidenceRepository(db);
  const [rating, links, files] = await Promise.all([
    indicatorRatingRepository(db).find(assessmentId, indicatorKey),
    evidence.listLinks(assessmentId, { indicatorKey }),
    evidence.listFiles(assessmentId, { indicatorKey }),
  ]);
  return presentRating(indicatorKey, rating, links, files);
}
