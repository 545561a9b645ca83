import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.js';
import { evidenceRepository } from '../evidence/evidence.repository.js';

/** Small files whose content matches their type, and one that only pretends to. */
export const SAMPLE_FILES = {
  pdf: Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  ),
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
  csv: Buffer.from('indicator,status\nleadership.1.1,met\nÉtat,ok\n'),
  /** A Windows program (MZ header) renamed to report.pdf. */
  exe: Buffer.concat([
    Buffer.from('MZ'),
    Buffer.alloc(62),
    Buffer.from('This program cannot be run'),
  ]),
};

/** The upload request the API expects: raw bytes, the media type, the name in the query. */
export function uploadRequest(
  assessmentId: string,
  indicatorKey: string,
  file: { bytes: Buffer; type: string; name: string },
) {
  return {
    method: 'POST' as const,
    url: `/api/assessments/${assessmentId}/indicators/${indicatorKey}/files?name=${encodeURIComponent(file.name)}`,
    payload: file.bytes,
    headers: { 'content-type': file.type },
  };
}

/** An evidence link written straight into the database. */
export async function createEvidenceLink(
  db: Db,
  link: { assessmentId: string; indicatorKey: string; addedBy: string },
): Promise<string> {
  const id = randomUUID();
  await evidenceRepository(db).insertLinks([
    {
      id,
      assessment_id: link.assessmentId,
      sub_domain_key: link.indicatorKey.split('.')[0] ?? '',
      indicator_key: link.indicatorKey,
      url: 'https://example.org/annual-report',
      label: 'Annual report',
      added_by: link.addedBy,
      added_at: new Date().toISOString(),
    },
  ]);
  return id;
}
