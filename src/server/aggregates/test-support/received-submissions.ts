import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { CAPABILITY_KEYS, SUB_DOMAIN_KEYS } from '../../../domain/framework/mnr-structure.js';
import type { AggregationSubmission } from '../../../domain/aggregation/index.js';
import type { SignedSubmission, SubmissionPayload } from '../../../domain/sharing/index.js';
import type { Db } from '../../db/database.js';
import { signPayload } from '../../sharing/signature.js';

const keys = generateKeyPairSync('ed25519');
const signingKey = {
  publicKey: keys.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  privateKey: keys.privateKey,
};

export type ReceivedSample = Omit<AggregationSubmission, 'countryCode'> & {
  countryCode: string;
  countryName: string;
};

/** A signed submission as a country instance sends it, carrying what `sample` says. */
export function signedSubmission(sample: ReceivedSample): SignedSubmission {
  const at = '2025-03-01T10:00:00.000Z';
  const payload: SubmissionPayload = {
    format: 'mnr-self-assessment/submission',
    formatVersion: 1,
    submissionId: randomUUID(),
    createdAt: at,
    country: {
      code: sample.countryCode,
      name: sample.countryName,
      region: sample.region,
      subRegion: null,
      incomeGroup: sample.incomeGroup,
      governmentSystem: sample.governmentSystem,
      classificationSource: 'UN M49; World Bank FY2026',
    },
    cycle: sample.cycle,
    assessment: {
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      finalisedAt: at,
      frameworkKey: 'mnr',
      frameworkVersion: '2026.1',
    },
    consent: {
      givenBy: { name: 'Lead Person', email: 'lead@example.org' },
      givenAt: at,
      scope: 'stages',
      knowledgeExchange: false,
    },
    subDomains: SUB_DOMAIN_KEYS.map((key) => ({
      key,
      result: sample.subDomainStages[key] ?? null,
      exchange: sample.seeksSupport.includes(key)
        ? 'seeking'
        : sample.offersExperience.includes(key)
          ? 'offering'
          : 'none',
      indicatorStatuses: null,
    })),
    capabilities: CAPABILITY_KEYS.map((key) => ({
      key,
      result: sample.capabilityStages[key] ?? null,
    })),
    planSummary: null,
    contact: { name: 'Contact Person', email: 'contact@example.org', organisation: 'Ministry' },
  };
  return { payload, signature: signPayload(payload, signingKey) };
}

/** Stores submissions as the secretariat holds them once received. */
export async function receiveSubmissions(
  db: Db,
  samples: readonly ReceivedSample[],
): Promise<void> {
  for (const sample of samples) {
    const document = signedSubmission(sample);
    await db
      .insertInto('received_submissions')
      .values({
        id: document.payload.submissionId,
        country_code: sample.countryCode,
        cycle: sample.cycle,
        document: JSON.stringify(document),
        public_key: document.signature.publicKey,
        received_at: '2025-03-02T10:00:00.000Z',
        received_via: 'upload',
        organisation_id: null,
      })
      .execute();
  }
}
