import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { SubDomainKey } from '../../../domain/framework/mnr-structure.js';
import type { SignedSubmission, SubmissionPayload } from '../../../domain/sharing/index.js';
import { signedSubmission } from '../../aggregates/test-support/received-submissions.js';
import type { Db } from '../../db/database.js';
import { signPayload } from '../../sharing/signature.js';
import { exchangeRepository } from '../exchange.repository.js';

const keys = generateKeyPairSync('ed25519');
const signingKey = {
  publicKey: keys.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  privateKey: keys.privateKey,
};

export type ExchangeSample = {
  countryCode: string;
  countryName: string;
  cycle?: string;
  /** The country's organisation on this instance, or null when it is hosted elsewhere. */
  organisationId: string | null;
  knowledgeExchange?: boolean;
  seeking?: SubDomainKey[];
  offering?: SubDomainKey[];
  contact?: SubmissionPayload['contact'];
};

/** A signed submission carrying a country's consent, exchange interests and contact. */
export function exchangeSubmission(sample: ExchangeSample): SignedSubmission {
  const base = signedSubmission({
    countryCode: sample.countryCode,
    countryName: sample.countryName,
    cycle: sample.cycle ?? '2026',
    region: 'africa',
    incomeGroup: 'lower-middle',
    governmentSystem: 'centralised',
    subDomainStages: {},
    capabilityStages: {},
    seeksSupport: sample.seeking ?? [],
    offersExperience: sample.offering ?? [],
  }).payload;
  const payload: SubmissionPayload = {
    ...base,
    consent: { ...base.consent, knowledgeExchange: sample.knowledgeExchange ?? true },
    contact: sample.contact ?? {
      name: `Focal point of ${sample.countryName}`,
      email: `focal.point@${sample.countryCode.toLowerCase()}.example.org`,
      organisation: `Ministry of Justice of ${sample.countryName}`,
    },
  };
  return { payload, signature: signPayload(payload, signingKey) };
}

/** Stores a submission as the secretariat holds it once received; returns its id. */
export async function receiveExchangeSubmission(db: Db, sample: ExchangeSample): Promise<string> {
  const document = exchangeSubmission(sample);
  await db
    .insertInto('received_submissions')
    .values(receivedRow(document, sample.organisationId))
    .execute();
  return document.payload.submissionId;
}

function receivedRow(document: SignedSubmission, organisationId: string | null) {
  return {
    id: document.payload.submissionId,
    country_code: document.payload.country.code,
    cycle: document.payload.cycle,
    document: JSON.stringify(document),
    public_key: document.signature.publicKey,
    received_at: new Date().toISOString(),
    received_via: organisationId ? ('local' as const) : ('upload' as const),
    organisation_id: organisationId,
  };
}

let cycles = 0;

type Party = { id: string; country_code: string; name: string };

/**
 * Fresh submissions of two organisations, one seeking and one offering in `subDomain`, in a
 * cycle of their own so they are each country's current submission.
 */
export async function receiveCandidatePair(
  db: Db,
  parties: { seeker: Party; offerer: Party; subDomain?: SubDomainKey },
): Promise<{ subDomain: SubDomainKey; seeker: SignedSubmission; offerer: SignedSubmission }> {
  cycles += 1;
  const subDomain = parties.subDomain ?? 'child-helpline';
  const sample = (organisation: Party) => ({
    countryCode: organisation.country_code,
    countryName: organisation.name,
    cycle: `2100-${cycles}`,
    organisationId: organisation.id,
  });
  const seeker = exchangeSubmission({ ...sample(parties.seeker), seeking: [subDomain] });
  const offerer = exchangeSubmission({ ...sample(parties.offerer), offering: [subDomain] });
  await db
    .insertInto('received_submissions')
    .values([receivedRow(seeker, parties.seeker.id), receivedRow(offerer, parties.offerer.id)])
    .execute();
  return { subDomain, seeker, offerer };
}

/** A pending proposal for a fresh candidate pair, written straight through the repository. */
export async function createExchangeProposal(
  db: Db,
  parties: { seeker: Party; offerer: Party; proposedBy: string; subDomain?: SubDomainKey },
): Promise<string> {
  const { subDomain, seeker, offerer } = await receiveCandidatePair(db, parties);
  const id = randomUUID();
  await exchangeRepository(db).insert({
    id,
    sub_domain_key: subDomain,
    seeker_submission_id: seeker.payload.submissionId,
    offerer_submission_id: offerer.payload.submissionId,
    seeker_organisation_id: parties.seeker.id,
    offerer_organisation_id: parties.offerer.id,
    seeker_country_name: parties.seeker.name,
    offerer_country_name: parties.offerer.name,
    seeker_contact: JSON.stringify(seeker.payload.contact),
    offerer_contact: JSON.stringify(offerer.payload.contact),
    note: '',
    proposed_by: parties.proposedBy,
    proposed_at: new Date().toISOString(),
    seeker_decision: 'pending',
    seeker_decided_at: null,
    seeker_decided_by: null,
    offerer_decision: 'pending',
    offerer_decided_at: null,
    offerer_decided_by: null,
    version: 1,
  });
  return id;
}
