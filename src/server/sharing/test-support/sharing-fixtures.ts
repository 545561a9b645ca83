import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { AgreedResult } from '../../../domain/assessment/index.js';
import {
  SUBMISSION_FORMAT,
  SUBMISSION_FORMAT_VERSION,
  type SignedSubmission,
  type SubmissionPayload,
} from '../../../domain/sharing/index.js';
import { SUB_DOMAIN_KEYS, CAPABILITY_KEYS } from '../../../domain/framework/index.js';
import type { StoredAssessment } from '../../assessments/assessment.repository.js';
import type { Db } from '../../db/database.js';
import { createAssessment } from '../../test-support/factories.js';
import { newRecordFields } from '../../shared/records.js';
import { signPayload } from '../signature.js';

/** A fresh Ed25519 key as an instance holds it. */
export function testSigningKey() {
  const pair = generateKeyPairSync('ed25519');
  return {
    publicKey: pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    privateKey: pair.privateKey,
  };
}

/** A complete, valid payload; override what a test is about. */
export function samplePayload(overrides: Partial<SubmissionPayload> = {}): SubmissionPayload {
  const now = new Date().toISOString();
  return {
    format: SUBMISSION_FORMAT,
    formatVersion: SUBMISSION_FORMAT_VERSION,
    submissionId: randomUUID(),
    createdAt: now,
    country: {
      code: 'KE',
      name: 'Kenya',
      region: 'africa',
      subRegion: null,
      incomeGroup: 'lower-middle',
      governmentSystem: 'centralised',
      classificationSource: 'As recorded for the organisation.',
    },
    cycle: '2026',
    assessment: {
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      finalisedAt: now,
      frameworkKey: 'mnr',
      frameworkVersion: '1.0.0',
    },
    consent: {
      givenBy: { name: 'Amina Odhiambo', email: 'amina@justice.example.org' },
      givenAt: now,
      scope: 'stages',
      knowledgeExchange: true,
    },
    subDomains: SUB_DOMAIN_KEYS.map((key, index) => ({
      key,
      result:
        index === 0
          ? 'not-applicable'
          : index % 5 === 0
            ? null
            : (((index % 4) + 1) as 1 | 2 | 3 | 4),
      exchange: index === 1 ? 'seeking' : index === 2 ? 'offering' : 'none',
      indicatorStatuses: null,
    })),
    capabilities: CAPABILITY_KEYS.map((key) => ({ key, result: 2 })),
    planSummary: null,
    contact: {
      name: 'Amina Odhiambo',
      email: 'amina@justice.example.org',
      organisation: 'Ministry of Justice',
    },
    ...overrides,
  };
}

export function signSample(payload: SubmissionPayload, key = testSigningKey()): SignedSubmission {
  return { payload, signature: signPayload(payload, key) };
}

/** A finalised assessment with agreed results for some sub-domains and a capability. */
export async function createFinalisedAssessment(
  db: Db,
  organisationId: string,
  leadId: string,
  results: Partial<Record<string, AgreedResult>> = {
    leadership: { kind: 'stage', stage: 2, rationale: 'Agreed in the March workshop.' },
    legislation: { kind: 'not-applicable', reason: 'Covered by the regional convention.' },
    'policy-governance': { kind: 'stage', stage: 2, rationale: '' },
  },
): Promise<StoredAssessment> {
  const finalisedAt = new Date().toISOString();
  const assessment = await createAssessment(db, organisationId, leadId, {
    state: 'finalised',
    finalised_at: finalisedAt,
    finalised_by: leadId,
  });
  for (const [key, result] of Object.entries(results)) {
    await db
      .insertInto('agreed_results')
      .values({
        ...newRecordFields(new Date()),
        assessment_id: assessment.id,
        scope: (CAPABILITY_KEYS as readonly string[]).includes(key) ? 'capability' : 'sub-domain',
        subject_key: key,
        result: JSON.stringify(result),
        updated_by: leadId,
      })
      .execute();
  }
  return assessment;
}
