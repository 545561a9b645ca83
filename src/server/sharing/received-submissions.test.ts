import { describe, expect, it } from 'vitest';
import {
  SubmissionRefusedError,
  toAggregationSubmission,
  verifySignedSubmission,
  verifySignedWithdrawal,
} from './received-submissions.js';
import { signPayload } from './signature.js';
import { samplePayload, signSample, testSigningKey } from './test-support/sharing-fixtures.js';

function refusal(input: unknown): { reason: unknown; detail: string } {
  try {
    verifySignedSubmission(input);
  } catch (error) {
    if (error instanceof SubmissionRefusedError) {
      return { reason: error.extra.reason, detail: error.message };
    }
    throw error;
  }
  throw new Error('the submission was accepted');
}

/** Every path to a string, number or boolean inside a JSON value. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => leafPaths(item, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, member]) => leafPaths(member, [...path, key]));
  }
  return value === null ? [] : [path];
}

function changeLeaf(document: unknown, path: (string | number)[]): unknown {
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  const value = parent[last];
  parent[last] =
    typeof value === 'string'
      ? `${value.slice(0, -1)}${value.endsWith('1') ? '2' : '1'}`
      : typeof value === 'number'
        ? value + 1
        : !value;
  return copy;
}

describe('verifying a signed submission', () => {
  it('accepts a submission exactly as signed, from its JSON text or parsed', () => {
    const signed = signSample(samplePayload());
    const text = JSON.stringify(signed, null, 2);
    expect(verifySignedSubmission(text).document).toEqual(signed);
    expect(verifySignedSubmission(signed).document.payload.submissionId).toBe(
      signed.payload.submissionId,
    );
  });

  it('ignores member order and formatting, which the canonical form leaves out', () => {
    const signed = signSample(samplePayload());
    const reordered = {
      signature: signed.signature,
      payload: Object.fromEntries(Object.entries(signed.payload).reverse()),
    };
    expect(() => verifySignedSubmission(JSON.stringify(reordered))).not.toThrow();
  });

  it('refuses a change to any value of the payload', () => {
    const signed = signSample(samplePayload());
    const paths = leafPaths(signed.payload);
    expect(paths.length).toBeGreaterThan(60);
    for (const path of paths) {
      const { reason } = refusal(changeLeaf(signed, ['payload', ...path]));
      // A change that breaks the format is refused as invalid before the signature is checked.
      expect(['signature', 'invalid', 'unknown-format'], path.join('.')).toContain(reason);
    }
  });

  it('refuses a changed stage with a message that says the file was altered', () => {
    const signed = signSample(samplePayload());
    const tampered = structuredClone(signed);
    const subDomain = tampered.payload.subDomains[3];
    if (!subDomain) throw new Error('sample has sub-domains');
    subDomain.result = subDomain.result === 4 ? 3 : 4;
    expect(refusal(tampered)).toEqual({
      reason: 'signature',
      detail: expect.stringContaining('the file was altered after signing') as string,
    });
  });

  it('refuses a member added to the payload, a changed signature and another key', () => {
    const signed = signSample(samplePayload());
    expect(refusal({ ...signed, payload: { ...signed.payload, ranking: 1 } }).reason).toBe(
      'signature',
    );
    const value = Buffer.from(signed.signature.value, 'base64');
    value[0] = (value[0] ?? 0) ^ 1;
    expect(
      refusal({ ...signed, signature: { ...signed.signature, value: value.toString('base64') } })
        .reason,
    ).toBe('signature');
    const other = testSigningKey();
    expect(
      refusal({ ...signed, signature: { ...signed.signature, publicKey: other.publicKey } }).reason,
    ).toBe('signature');
  });

  it('names the format problem and its path', () => {
    const payload = samplePayload();
    const signed = signSample({
      ...payload,
      country: { ...payload.country, region: 'atlantis' },
    } as never);
    const { reason, detail } = refusal(signed);
    expect(reason).toBe('invalid');
    expect(detail).toContain('payload.country.region');
  });

  it('refuses a sub-domain listed twice', () => {
    const payload = samplePayload();
    const first = payload.subDomains[0];
    if (!first) throw new Error('sample has sub-domains');
    const { reason, detail } = refusal(
      signSample({ ...payload, subDomains: [...payload.subDomains, first] }),
    );
    expect(reason).toBe('invalid');
    expect(detail).toContain('payload.subDomains.21.key');
  });

  it('refuses what is not JSON, another format and an unknown version', () => {
    expect(refusal('{"payload": ').reason).toBe('not-json');
    expect(refusal({ payload: { format: 'something-else' } }).detail).toContain(
      'payload.format must be "mnr-self-assessment/submission"',
    );
    const future = signSample({ ...samplePayload(), formatVersion: 2 } as never);
    expect(refusal(future)).toEqual({
      reason: 'unknown-format',
      detail: expect.stringContaining('format version 2') as string,
    });
  });
});

describe('verifying a signed withdrawal', () => {
  it('accepts a signed withdrawal and refuses an altered one', () => {
    const key = testSigningKey();
    const payload = {
      format: 'mnr-self-assessment/withdrawal' as const,
      formatVersion: 1 as const,
      submissionId: samplePayload().submissionId,
      withdrawnAt: new Date().toISOString(),
    };
    const signed = { payload, signature: signPayload(payload, key) };
    expect(verifySignedWithdrawal(signed).document).toEqual(signed);
    const altered = {
      ...signed,
      payload: { ...payload, submissionId: samplePayload().submissionId },
    };
    expect(() => verifySignedWithdrawal(altered)).toThrow(/altered after signing/);
  });
});

describe('a submission as aggregation takes it', () => {
  it('keeps stages, classification and exchange interest; leaves out what was not assessed', () => {
    const payload = samplePayload();
    const aggregation = toAggregationSubmission(payload);
    expect(aggregation).toMatchObject({
      countryCode: 'KE',
      cycle: '2026',
      region: 'africa',
      incomeGroup: 'lower-middle',
      governmentSystem: 'centralised',
      seeksSupport: ['research-analysis-monitoring'],
      offersExperience: ['legislation'],
    });
    expect(aggregation.subDomainStages.leadership).toBe('not-applicable');
    const notAssessed = payload.subDomains.filter((subDomain) => subDomain.result === null);
    expect(notAssessed.length).toBeGreaterThan(0);
    for (const subDomain of notAssessed) {
      expect(aggregation.subDomainStages).not.toHaveProperty(subDomain.key);
    }
    expect(Object.keys(aggregation.capabilityStages)).toHaveLength(6);
  });
});
