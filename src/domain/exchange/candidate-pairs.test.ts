import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUB_DOMAIN_KEYS, type SubDomainKey } from '../framework/mnr-structure.js';
import { candidatePairs, currentSubmissions, isProposable } from './candidate-pairs.js';
import type { ExchangeSubmission } from './exchange.schemas.js';

function submission(overrides: Partial<ExchangeSubmission> = {}): ExchangeSubmission {
  const code = overrides.countryCode ?? 'KE';
  return {
    submissionId: `${code}-${overrides.cycle ?? '2026'}`,
    countryCode: code,
    countryName: `Country ${code}`,
    cycle: '2026',
    organisationId: `org-${code}`,
    knowledgeExchange: true,
    seeking: [],
    offering: [],
    ...overrides,
  };
}

const names = (pairs: ReturnType<typeof candidatePairs>) =>
  pairs.map(
    (pair) => `${pair.subDomain}: ${pair.seeker.countryName} <- ${pair.offerer.countryName}`,
  );

describe('candidatePairs', () => {
  it('pairs seeking with offering countries in the same sub-domain, by sub-domain then name', () => {
    const pairs = candidatePairs([
      submission({
        countryCode: 'NO',
        countryName: 'Norway',
        offering: ['child-helpline', 'legislation'],
      }),
      submission({ countryCode: 'KE', countryName: 'Kenya', seeking: ['child-helpline'] }),
      submission({
        countryCode: 'BR',
        countryName: 'Brazil',
        seeking: ['child-helpline', 'leadership'],
      }),
      submission({ countryCode: 'AU', countryName: 'australia', offering: ['child-helpline'] }),
    ]);
    expect(names(pairs)).toEqual([
      'child-helpline: Brazil <- australia',
      'child-helpline: Brazil <- Norway',
      'child-helpline: Kenya <- australia',
      'child-helpline: Kenya <- Norway',
    ]);
  });

  it('leaves out countries that did not consent or said so only in an earlier cycle', () => {
    const pairs = candidatePairs([
      submission({ countryCode: 'KE', seeking: ['legislation'] }),
      submission({ countryCode: 'NO', offering: ['legislation'], knowledgeExchange: false }),
      submission({ countryCode: 'DE', cycle: '2022', offering: ['legislation'] }),
      submission({ countryCode: 'DE', cycle: '2024', offering: ['leadership'] }),
    ]);
    expect(pairs).toEqual([]);
  });

  it('is proposable in the app only when both countries are hosted here', () => {
    const [pair] = candidatePairs([
      submission({ countryCode: 'KE', seeking: ['legislation'] }),
      submission({ countryCode: 'NO', offering: ['legislation'], organisationId: null }),
    ]);
    expect(pair && isProposable(pair)).toBe(false);
    expect(pair && isProposable({ ...pair, offerer: pair.seeker })).toBe(true);
  });
});

const subDomainsArb = fc.subarray([...SUB_DOMAIN_KEYS] as SubDomainKey[], { maxLength: 5 });

// The secretariat holds one submission per country and cycle.
const submissionsArb = fc
  .uniqueArray(
    fc.record({
      countryCode: fc.constantFrom('AA', 'BB', 'CC', 'DD', 'EE'),
      cycle: fc.constantFrom('2022', '2024', '2026'),
      knowledgeExchange: fc.boolean(),
      seeking: subDomainsArb,
      offering: subDomainsArb,
      hosted: fc.boolean(),
    }),
    { maxLength: 12, selector: (entry) => `${entry.countryCode}|${entry.cycle}` },
  )
  .map((entries) =>
    entries.map(({ hosted, ...entry }, index) =>
      submission({
        ...entry,
        submissionId: `submission-${index}`,
        countryName: `Country ${entry.countryCode}`,
        organisationId: hosted ? `org-${entry.countryCode}` : null,
      }),
    ),
  );

describe('candidatePairs properties', () => {
  it('pairs only current, consenting, different countries with matching interests', () => {
    fc.assert(
      fc.property(submissionsArb, (submissions) => {
        const current = new Map(
          currentSubmissions(submissions).map((entry) => [entry.submissionId, entry]),
        );
        for (const pair of candidatePairs(submissions)) {
          const seeker = current.get(pair.seeker.submissionId);
          const offerer = current.get(pair.offerer.submissionId);
          expect(seeker?.knowledgeExchange && offerer?.knowledgeExchange).toBe(true);
          expect(seeker?.seeking).toContain(pair.subDomain);
          expect(offerer?.offering).toContain(pair.subDomain);
          expect(pair.seeker.countryCode).not.toBe(pair.offerer.countryCode);
        }
      }),
    );
  });

  it('finds every such pair exactly once, in sub-domain then name order', () => {
    fc.assert(
      fc.property(submissionsArb, (submissions) => {
        const consenting = currentSubmissions(submissions).filter(
          (entry) => entry.knowledgeExchange,
        );
        const expected = consenting.flatMap((seeker) =>
          consenting.flatMap((offerer) =>
            seeker.seeking
              .filter(
                (key) =>
                  offerer.offering.includes(key) && seeker.countryCode !== offerer.countryCode,
              )
              .map((key) => `${key}|${seeker.submissionId}|${offerer.submissionId}`),
          ),
        );
        const pairs = candidatePairs(submissions);
        const found = pairs.map(
          (pair) => `${pair.subDomain}|${pair.seeker.submissionId}|${pair.offerer.submissionId}`,
        );
        expect([...found].sort()).toEqual([...new Set(expected)].sort());
        const order = pairs.map((pair) => [
          SUB_DOMAIN_KEYS.indexOf(pair.subDomain),
          pair.seeker.countryName,
          pair.offerer.countryName,
        ]);
        expect(order).toEqual(
          [...order].sort((a, b) =>
            a[0] !== b[0]
              ? Number(a[0]) - Number(b[0])
              : String(a[1]).localeCompare(String(b[1])) ||
                String(a[2]).localeCompare(String(b[2])),
          ),
        );
      }),
    );
  });

  it('does not depend on the order submissions come in', () => {
    fc.assert(
      fc.property(
        submissionsArb.chain((submissions) =>
          fc.tuple(
            fc.constant(submissions),
            fc.shuffledSubarray(submissions, { minLength: submissions.length }),
          ),
        ),
        ([submissions, shuffled]) => {
          expect(candidatePairs(shuffled)).toEqual(candidatePairs(submissions));
        },
      ),
    );
  });
});
