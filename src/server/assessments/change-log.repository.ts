import type { Db } from '../db/database.js';
import type { AssessmentChangeTable } from '../db/schema.js';

export type StoredChange = AssessmentChangeTable;

/** A change with its audit event's action and time and the name of whoever made it. */
export type ChangeRow = StoredChange & {
  action: string;
  occurred_at: string;
  actor_name: string;
};

export function changeLogRepository(db: Db) {
  return {
    async insert(row: StoredChange): Promise<void> {
      await db.insertInto('assessment_changes').values(row).execute();
    },

    async insertMany(rows: readonly StoredChange[]): Promise<void> {
      if (rows.length > 0)
        await db
          .insertInto('assessment_changes')
          .values([...rows])
          .execute();
    },

    /** The changes to one sub-domain, newest first, in audit chain order. */
    listForSubDomain(
      assessmentId: string,
      subDomainKey: string,
      limit: number,
    ): Promise<ChangeRow[]> {
      return db
        .selectFrom('assessment_changes')
        .innerJoin('audit_events', 'audit_events.seq', 'assessment_changes.audit_seq')
        .innerJoin('users', 'users.id', 'assessment_changes.actor_id')
        .selectAll('assessment_changes')
        .select([
          'audit_events.action',
          'audit_events.occurred_at',
          'users.display_name as actor_name',
        ])
        .where('assessment_changes.assessment_id', '=', assessmentId)
        .where('assessment_changes.sub_domain_key', '=', subDomainKey)
        .orderBy('assessment_changes.audit_seq', 'desc')
        .limit(limit)
        .execute();
    },
  };
}
