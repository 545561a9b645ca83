import { compareCycleLabels } from '../aggregation/cycle-order.js';
import { SUB_DOMAIN_KEYS } from '../framework/mnr-structure.js';
import type { CandidateCountry, CandidatePair, ExchangeSubmission } from './exchange.schemas.js';

/**
 * Each country's current submission: its latest cycle. What a country said in an earlier cycle
 * no longer speaks for it once it has shared a later one. (A withdrawn submission is no longer
 * held, so it is never among these.)
 */
export function currentSubmissions(
  submissions: readonly ExchangeSubmission[],
): ExchangeSubmission[] {
  const current = new Map<string, ExchangeSubmission>();
  for (const submission of submissions) {
    const held = current.get(submission.countryCode);
    if (!held || compareCycleLabels(submission.cycle, held.cycle) > 0) {
      current.set(submission.countryCode, submission);
    }
  }
  return [...current.values()];
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

function byName(a: CandidateCountry, b: CandidateCountry): number {
  return (
    collator.compare(a.countryName, b.countryName) ||
    (a.countryCode < b.countryCode ? -1 : a.countryCode > b.countryCode ? 1 : 0)
  );
}

function candidate(submission: ExchangeSubmission): CandidateCountry {
  return {
    submissionId: submission.submissionId,
    countryCode: submission.countryCode,
    countryName: submission.countryName,
    cycle: submission.cycle,
    organisationId: submission.organisationId,
  };
}

/**
 * Every introduction the secretariat could propose: a country seeking support in a sub-domain
 * and another offering experience in it, both by their current submission and both having
 * consented to knowledge exchange. Ordered by sub-domain (MNR order), then the seeking and the
 * offering country's names, so nothing ever orders countries by maturity.
 */
export function candidatePairs(submissions: readonly ExchangeSubmission[]): CandidatePair[] {
  const consenting = currentSubmissions(submissions).filter(
    (submission) => submission.knowledgeExchange,
  );
  return SUB_DOMAIN_KEYS.flatMap((subDomain) => {
    const seekers = consenting.filter((submission) => submission.seeking.includes(subDomain));
    const offerers = consenting.filter((submission) => submission.offering.includes(subDomain));
    return seekers
      .flatMap((seeker) =>
        offerers
          .filter((offerer) => offerer.countryCode !== seeker.countryCode)
          .map((offerer) => ({
            subDomain,
            seeker: candidate(seeker),
            offerer: candidate(offerer),
          })),
      )
      .sort((a, b) => byName(a.seeker, b.seeker) || byName(a.offerer, b.offerer));
  });
}

/** The secretariat can propose in the app only when both countries are hosted on its instance. */
export function isProposable(pair: CandidatePair): boolean {
  return pair.seeker.organisationId !== null && pair.offerer.organisationId !== null;
}
