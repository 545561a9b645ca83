import { SUB_DOMAIN_KEYS, type SubDomainKey } from '../framework/mnr-structure.js';
import type { SupportInterest } from './aggregation.results.js';
import type { AggregationSubmission } from './aggregation.schemas.js';
import { publishedCount } from './cells.js';
import { latestPerCountry, onePerCountryAndCycle } from './distinct-countries.js';
import type { SuppressionOptions } from './stage-distributions.js';
import { checkThreshold, DEFAULT_THRESHOLD } from './threshold.js';

/**
 * Where countries seek support and where they offer experience, per sub-domain in MNR order, to
 * direct capacity building: distinct countries, each by its latest submission (what it says
 * now), with counts of 1..k-1 withheld. A country may name several sub-domains or none, so the
 * counts add up to nothing that is published: no total exists to subtract from, and no
 * complementary suppression is needed.
 */
export function supportInterest(
  submissions: readonly AggregationSubmission[],
  { k = DEFAULT_THRESHOLD }: SuppressionOptions = {},
): SupportInterest {
  checkThreshold(k);
  const latest = latestPerCountry(onePerCountryAndCycle(submissions));
  const countsFor = (named: (submission: AggregationSubmission) => readonly SubDomainKey[]) =>
    SUB_DOMAIN_KEYS.map((subDomain) => ({
      subDomain,
      countries: publishedCount(
        latest.filter((submission) => named(submission).includes(subDomain)).length,
        k,
      ),
    }));
  return {
    k,
    countries: publishedCount(latest.length, k),
    seeksSupport: countsFor((submission) => submission.seeksSupport),
    offersExperience: countsFor((submission) => submission.offersExperience),
  };
}
