import type { Db } from '../db/database.js';
import type { AgreedResultScope, AgreedResultTable } from '../db/schema.js';

export type StoredResult = AgreedResultTable;
export type ResultRow = StoredResult & { updated_by_name: string };

/** What the group agreed for each sub-domain and capability; no row means not assessed. */
export function agreedResultRepository(db: Db) {
  const results = (assessmentId: string) =>
    db
      .selectFrom('agreed_results')
      .innerJoin('users', 'users.id', 'agreed_results.updated_by')
      .selectAll('agreed_results')
      .select('users.display_name as updated_by_name')
      .where('agreed_results.assessment_id', '=', assessmentId);

  return {
    find(
      assessmentId: string,
      scope: AgreedResultScope,
      subjectKey: string,
    ): Promise<ResultRow | undefined> {
      return results(assessmentId)
        .where('agreed_results.scope', '=', scope)
        .where('agreed_results.subject_key', '=', subjectKey)
        .executeTakeFirst();
    },

    list(assessmentId: string, scope?: AgreedResultScope): Promise<ResultRow[]> {
      return results(assessmentId)
        .$if(scope !== undefined, (query) =>
          query.where('agreed_results.scope', '=', scope ?? 'sub-domain'),
        )
        .execute();
    },

    /** Every result of several assessments, for their progress in a list. */
    listForAssessments(
      assessmentIds: readonly string[],
    ): Promise<Pick<StoredResult, 'assessment_id' | 'scope' | 'subject_key' | 'result'>[]> {
      if (assessmentIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('agreed_results')
        .select(['assessment_id', 'scope', 'subject_key', 'result'])
        .where('assessment_id', 'in', assessmentIds)
        .execute();
    },

    async insert(rows: readonly StoredResult[]): Promise<void> {
      if (rows.length > 0)
        await db
          .insertInto('agreed_results')
          .values([...rows])
          .execute();
    },

    update(
      id: string,
      changes: Pick<StoredResult, 'result' | 'updated_by' | 'updated_at'>,
    ): Promise<StoredResult> {
      return db
        .updateTable('agreed_results')
        .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },
  };
}
