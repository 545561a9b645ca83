import type { Db } from '../db/database.js';
import type { IndicatorRatingTable } from '../db/schema.js';

export type StoredRating = IndicatorRatingTable;
export type RatingRow = StoredRating & { updated_by_name: string };

export type RatingFilter = { indicatorKey?: string; subDomainKey?: string };

export function indicatorRatingRepository(db: Db) {
  const ratings = (assessmentId: string, filter: RatingFilter) =>
    db
      .selectFrom('indicator_ratings')
      .innerJoin('users', 'users.id', 'indicator_ratings.updated_by')
      .selectAll('indicator_ratings')
      .select('users.display_name as updated_by_name')
      .where('indicator_ratings.assessment_id', '=', assessmentId)
      .$if(filter.indicatorKey !== undefined, (query) =>
        query.where('indicator_ratings.indicator_key', '=', filter.indicatorKey ?? ''),
      )
      .$if(filter.subDomainKey !== undefined, (query) =>
        query.where('indicator_ratings.sub_domain_key', '=', filter.subDomainKey ?? ''),
      );

  return {
    find(assessmentId: string, indicatorKey: string): Promise<RatingRow | undefined> {
      return ratings(assessmentId, { indicatorKey }).executeTakeFirst();
    },

    list(assessmentId: string, filter: RatingFilter = {}): Promise<RatingRow[]> {
      return ratings(assessmentId, filter).execute();
    },

    /** Just the statuses, for the overview. */
    listStatuses(
      assessmentId: string,
    ): Promise<Pick<StoredRating, 'indicator_key' | 'sub_domain_key' | 'status'>[]> {
      return db
        .selectFrom('indicator_ratings')
        .select(['indicator_key', 'sub_domain_key', 'status'])
        .where('assessment_id', '=', assessmentId)
        .execute();
    },

    async insert(rows: readonly StoredRating[]): Promise<void> {
      if (rows.length > 0)
        await db
          .insertInto('indicator_ratings')
          .values([...rows])
          .execute();
    },

    update(
      id: string,
      changes: Pick<StoredRating, 'status' | 'evidence_text' | 'updated_by' | 'updated_at'>,
    ): Promise<StoredRating> {
      return db
        .updateTable('indicator_ratings')
        .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },
  };
}
