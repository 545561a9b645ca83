import type { CapabilityScope, OrganisationRole } from '../../domain/access/index.js';
import type { PlanItemStatus } from '../../domain/assessment/index.js';

/**
 * A fictional federal country. Organisations need an ISO 3166 code and user-assigned codes
 * (XX, ZZ) are not accepted, so the demo uses AQ (Antarctica), which has no national
 * government: the data cannot be taken for a real country's.
 */
export const DEMO_COUNTRY_NAME = 'Republic of Norland';

export const DEMO_COUNTRY = {
  countryCode: 'AQ',
  region: 'europe',
  incomeGroup: 'high',
} as const;

export const DEMO_NATIONAL_NAME = 'Norland Ministry of Justice (fictional demo)';

export const DEMO_JURISDICTIONS = [
  'State of Eastmark (fictional demo)',
  'State of Westvale (fictional demo)',
] as const;

export type DemoPerson = {
  key: 'lead' | 'facilitator' | 'contributor';
  email: string;
  displayName: string;
  role: OrganisationRole;
  capabilityScope: CapabilityScope;
};

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    key: 'lead',
    email: 'lead@norland.example',
    displayName: 'Amara Lindqvist',
    role: 'lead',
    capabilityScope: null,
  },
  {
    key: 'facilitator',
    email: 'facilitator@norland.example',
    displayName: 'Tomas Weller',
    role: 'facilitator',
    capabilityScope: null,
  },
  {
    key: 'contributor',
    email: 'contributor@norland.example',
    displayName: 'Priya Andersen',
    role: 'contributor',
    capabilityScope: null,
  },
];

/** Two cycles two years apart; each is dated as if the work happened in its year. */
export const DEMO_CYCLES = [
  {
    year: 2023,
    startedAt: '2023-02-06T09:00:00Z',
    finalisedAt: '2023-11-20T15:00:00Z',
    followUpAt: '2024-06-14T10:00:00Z',
  },
  {
    year: 2025,
    startedAt: '2025-02-03T09:00:00Z',
    finalisedAt: '2025-11-17T15:00:00Z',
    followUpAt: null,
  },
] as const;

export const EVIDENCE_BY_RATING = {
  met: 'Confirmed in the working group: the document is adopted and in use; the secretariat holds a copy.',
  'partly-met': 'In place in some regions only; the working group agreed it is not yet nationwide.',
  'not-met': 'Nothing in place yet; discussed in the workshop and noted as a gap.',
  unknown: 'The responsible agency has not answered our request for information yet.',
} as const;

export const RESULT_RATIONALE =
  'Agreed in the validation workshop after reviewing the evidence indicator by indicator.';
export const GAP_RATIONALE =
  'One indicator of this stage is only partly met, but the group judged the stage reached: the remaining work is under way and funded.';
export const NOT_APPLICABLE_REASON =
  'Criminal law and its enforcement are a federal competence in Norland; the state does not legislate here.';

export const ENABLER_NOTES: Readonly<Record<string, string>> = {
  'cross-sector-collaboration':
    'A national coordination group meets quarterly; industry joins twice a year.',
  'willingness-to-prosecute':
    'Prosecution guidelines were updated; specialised prosecutors in the two largest cities.',
  'supportive-reporting-environment':
    'The hotline and the helpline cross-refer; reporting is anonymous by default.',
  'aware-public-and-workforce':
    'A school campaign reached about half of secondary schools; no workforce training yet.',
  'sufficient-resources': 'Funding is project-based and ends with the current national plan.',
  'crc-aligned-frameworks':
    'The children’s rights commissioner reviewed the national plan against the CRC.',
  'data-and-evidence':
    'Case data is collected by the police; health and social services do not report yet.',
};

/** What happened to the first cycle's accepted actions by its follow-up review. */
export const FOLLOW_UP_STATUSES: readonly PlanItemStatus[] = [
  'done',
  'done',
  'in-progress',
  'blocked',
  'in-progress',
  'not-started',
];

export const OWNER_BODIES = [
  'Ministry of Justice',
  'National Police',
  'Ministry of Education',
  'Ministry of Health and Social Affairs',
  'National Statistics Office',
  'Office of the Children’s Commissioner',
] as const;
