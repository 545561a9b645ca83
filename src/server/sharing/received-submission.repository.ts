import type { Db } from '../db/database.js';
import type { ReceivedSubmissionTable, ReceivedWithdrawalTable } from '../db/schema.js';

export type StoredReceivedSubmission = ReceivedSubmissionTable;
export type StoredWithdrawal = ReceivedWithdrawalTable;

/** What the secretariat holds: one current submission per country and cycle. */
export function receivedSubmissionRepository(db: Db) {
  return {
    listAll(): Promise<StoredReceivedSubmission[]> {
      return db
        .selectFrom('received_submissions')
        .selectAll()
        .orderBy('country_code')
        .orderBy('cycle')
        .execute();
    },

    findById(id: string): Promise<StoredReceivedSubmission | undefined> {
      return db
        .selectFrom('received_submissions')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
    },

    findByCountryAndCycle(
      countryCode: string,
      cycle: string,
    ): Promise<StoredReceivedSubmission | undefined> {
      return db
        .selectFrom('received_submissions')
        .selectAll()
        .where('country_code', '=', countryCode)
        .where('cycle', '=', cycle)
        .executeTakeFirst();
    },

    listForCountry(countryCode: string): Promise<StoredReceivedSubmission[]> {
      return db
        .selectFrom('received_submissions')
        .selectAll()
        .where('country_code', '=', countryCode)
        .execute();
    },

    /** The submission an organisation of this instance shared for a cycle, if any. */
    listForOrganisation(organisationId: string): Promise<StoredReceivedSubmission[]> {
      return db
        .selectFrom('received_submissions')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy('cycle')
        .execute();
    },

    async insert(row: StoredReceivedSubmission): Promise<void> {
      await db.insertInto('received_submissions').values(row).execute();
    },

    async delete(id: string): Promise<void> {
      await db.deleteFrom('received_submissions').where('id', '=', id).execute();
    },

    findWithdrawal(submissionId: string): Promise<StoredWithdrawal | undefined> {
      return db
        .selectFrom('received_withdrawals')
        .selectAll()
        .where('submission_id', '=', submissionId)
        .executeTakeFirst();
    },

    async insertWithdrawal(row: StoredWithdrawal): Promise<void> {
      await db.insertInto('received_withdrawals').values(row).execute();
    },
  };
}
