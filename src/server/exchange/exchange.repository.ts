import type { Db } from '../db/database.js';
import type { ExchangeProposalTable } from '../db/schema.js';
import { omit } from '../shared/records.js';

export type StoredProposal = ExchangeProposalTable;

/** A proposal with the name of the secretariat member who made it. */
export type ProposalRow = StoredProposal & { proposed_by_name: string };

export type DecisionColumns = Pick<
  StoredProposal,
  | 'seeker_decision'
  | 'seeker_decided_at'
  | 'seeker_decided_by'
  | 'offerer_decision'
  | 'offerer_decided_at'
  | 'offerer_decided_by'
>;

export function exchangeRepository(db: Db) {
  const proposals = () =>
    db
      .selectFrom('exchange_proposals')
      .innerJoin('users', 'users.id', 'exchange_proposals.proposed_by')
      .selectAll('exchange_proposals')
      .select('users.display_name as proposed_by_name');

  return {
    listAll(): Promise<ProposalRow[]> {
      return proposals()
        .orderBy('exchange_proposals.proposed_at', 'desc')
        .orderBy('exchange_proposals.id')
        .execute();
    },

    listForOrganisation(organisationId: string): Promise<ProposalRow[]> {
      return proposals()
        .where((eb) =>
          eb.or([
            eb('exchange_proposals.seeker_organisation_id', '=', organisationId),
            eb('exchange_proposals.offerer_organisation_id', '=', organisationId),
          ]),
        )
        .orderBy('exchange_proposals.proposed_at', 'desc')
        .orderBy('exchange_proposals.id')
        .execute();
    },

    findById(id: string): Promise<ProposalRow | undefined> {
      return proposals().where('exchange_proposals.id', '=', id).executeTakeFirst();
    },

    findForPair(
      subDomainKey: string,
      seekerSubmissionId: string,
      offererSubmissionId: string,
    ): Promise<StoredProposal | undefined> {
      return db
        .selectFrom('exchange_proposals')
        .selectAll()
        .where('sub_domain_key', '=', subDomainKey)
        .where('seeker_submission_id', '=', seekerSubmissionId)
        .where('offerer_submission_id', '=', offererSubmissionId)
        .executeTakeFirst();
    },

    async insert(row: StoredProposal): Promise<void> {
      await db.insertInto('exchange_proposals').values(row).execute();
    },

    updateDecisions(id: string, changes: Partial<DecisionColumns>): Promise<StoredProposal> {
      return db
        .updateTable('exchange_proposals')
        .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },

    /** Which of these submissions the secretariat still holds (not withdrawn, not replaced). */
    async heldSubmissionIds(ids: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db
        .selectFrom('received_submissions')
        .select('id')
        .where('id', 'in', [...new Set(ids)])
        .execute();
      return new Set(rows.map((row) => row.id));
    },
  };
}

/** The proposal record itself, without the joined name, as its audit event digests it. */
export function proposalFields(row: ProposalRow): StoredProposal {
  return omit(row, 'proposed_by_name');
}
