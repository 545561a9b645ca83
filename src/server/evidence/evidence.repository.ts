import type { Db } from '../db/database.js';
import type { EvidenceFileTable, EvidenceLinkTable } from '../db/schema.js';

export type StoredLink = EvidenceLinkTable;
export type StoredFile = EvidenceFileTable;
export type LinkRow = StoredLink & { added_by_name: string };
export type FileRow = StoredFile & { added_by_name: string };

export type EvidenceFilter = { indicatorKey?: string; subDomainKey?: string };

/** Links and file references: added and removed, never edited. */
export function evidenceRepository(db: Db) {
  const links = (assessmentId: string, filter: EvidenceFilter) =>
    db
      .selectFrom('evidence_links')
      .innerJoin('users', 'users.id', 'evidence_links.added_by')
      .selectAll('evidence_links')
      .select('users.display_name as added_by_name')
      .where('evidence_links.assessment_id', '=', assessmentId)
      .$if(filter.indicatorKey !== undefined, (query) =>
        query.where('evidence_links.indicator_key', '=', filter.indicatorKey ?? ''),
      )
      .$if(filter.subDomainKey !== undefined, (query) =>
        query.where('evidence_links.sub_domain_key', '=', filter.subDomainKey ?? ''),
      )
      .orderBy('evidence_links.added_at')
      .orderBy('evidence_links.id');

  const files = (assessmentId: string, filter: EvidenceFilter) =>
    db
      .selectFrom('evidence_files')
      .innerJoin('users', 'users.id', 'evidence_files.added_by')
      .selectAll('evidence_files')
      .select('users.display_name as added_by_name')
      .where('evidence_files.assessment_id', '=', assessmentId)
      .$if(filter.indicatorKey !== undefined, (query) =>
        query.where('evidence_files.indicator_key', '=', filter.indicatorKey ?? ''),
      )
      .$if(filter.subDomainKey !== undefined, (query) =>
        query.where('evidence_files.sub_domain_key', '=', filter.subDomainKey ?? ''),
      )
      .orderBy('evidence_files.added_at')
      .orderBy('evidence_files.id');

  return {
    listLinks(assessmentId: string, filter: EvidenceFilter = {}): Promise<LinkRow[]> {
      return links(assessmentId, filter).execute();
    },

    listFiles(assessmentId: string, filter: EvidenceFilter = {}): Promise<FileRow[]> {
      return files(assessmentId, filter).execute();
    },

    findLink(assessmentId: string, id: string): Promise<LinkRow | undefined> {
      return links(assessmentId, {}).where('evidence_links.id', '=', id).executeTakeFirst();
    },

    findFile(assessmentId: string, id: string): Promise<FileRow | undefined> {
      return files(assessmentId, {}).where('evidence_files.id', '=', id).executeTakeFirst();
    },

    async insertLinks(rows: readonly StoredLink[]): Promise<void> {
      if (rows.length > 0)
        await db
          .insertInto('evidence_links')
          .values([...rows])
          .execute();
    },

    async insertFiles(rows: readonly StoredFile[]): Promise<void> {
      if (rows.length > 0)
        await db
          .insertInto('evidence_files')
          .values([...rows])
          .execute();
    },

    async deleteLink(id: string): Promise<void> {
      await db.deleteFrom('evidence_links').where('id', '=', id).execute();
    },

    async deleteFile(id: string): Promise<void> {
      await db.deleteFrom('evidence_files').where('id', '=', id).execute();
    },
  };
}
