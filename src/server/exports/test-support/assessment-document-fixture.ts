import {
  ASSESSMENT_DOCUMENT_FORMAT,
  ASSESSMENT_DOCUMENT_VERSION,
  type AssessmentDocument,
  type AssessmentRecord,
  type IndicatorEntry,
} from '../../../domain/assessment-document/index.js';
import type { AgreedResult, IndicatorStatus } from '../../../domain/assessment/index.js';
import {
  presentFramework,
  type Framework,
  type FrameworkView,
  type SubDomainKey,
} from '../../../domain/framework/index.js';
import { frameworkChecksum } from '../../frameworks/checksum.js';
import { SHIPPED_FRAMEWORKS_DIR, readFrameworkFile } from '../../frameworks/framework-file.js';
import { digest } from '../../shared/canonical-json.js';

/** Texts in the scripts an export must carry intact, and one that would run as a formula. */
export const SAMPLE_TEXT = {
  arabic: 'محضر اجتماع اللجنة الوطنية',
  chinese: '国家监督委员会每年开会两次',
  cyrillic: 'Протокол заседания комиссии',
  formula: '=HYPERLINK("http://example.org/x","click")',
  phone: '+44 20 7946 0958',
} as const;

/** Titles in Arabic and Chinese for the first sub-domain, as a translated framework file has them. */
export const TRANSLATED_TITLE = {
  ar: 'القيادة: لجنة وطنية للحوكمة والرقابة',
  zh: '领导力：负责任的国家治理与监督委员会',
} as const;

/** The shipped MNR framework with a translated title, as the API presents it. */
export async function fixtureFramework(): Promise<FrameworkView> {
  const shipped = await readFrameworkFile(`${SHIPPED_FRAMEWORKS_DIR}mnr.json`);
  const framework: Framework = structuredClone(shipped);
  const leadership = framework.capabilities[0]?.subDomains[0];
  if (leadership) leadership.title = { ...leadership.title, ...TRANSLATED_TITLE };
  return presentFramework(framework, {
    checksum: frameworkChecksum(framework),
    loadedAt: '2026-01-05T09:00:00.000Z',
  });
}

const STATUS_CYCLE: (IndicatorStatus | null)[] = [
  'met',
  'met',
  'partly-met',
  'not-met',
  'unknown',
  null,
];

function indicatorEntries(framework: FrameworkView): IndicatorEntry[] {
  let position = 0;
  return framework.capabilities.flatMap((capability) =>
    capability.subDomains.flatMap((subDomain) =>
      subDomain.stages.flatMap((stage) =>
        stage.indicators.map((indicator): IndicatorEntry => {
          position += 1;
          // Lower stages mostly met, so suggestions and heat-map cells vary across sub-domains.
          const status =
            stage.number <= (subDomain.number % 3) + 1
              ? 'met'
              : (STATUS_CYCLE[position % STATUS_CYCLE.length] ?? null);
          return {
            key: indicator.key,
            subDomainKey: subDomain.key as SubDomainKey,
            status,
            evidence: status === null ? '' : `Evidence for ${indicator.key}.`,
            links: [],
            files: [],
          };
        }),
      ),
    ),
  );
}

function withSamples(indicators: IndicatorEntry[]): IndicatorEntry[] {
  const samples: Partial<Record<string, Partial<IndicatorEntry>>> = {
    'leadership.1.1': {
      evidence: `${SAMPLE_TEXT.arabic}\n${SAMPLE_TEXT.chinese}\n${SAMPLE_TEXT.cyrillic}`,
      links: [
        { url: 'https://example.gov/decree-12', label: 'Decree 12/2025' },
        { url: 'https://example.gov/minutes?id=4&lang=ar', label: '' },
      ],
      files: [
        {
          name: 'terms-of-reference.pdf',
          mediaType: 'application/pdf',
          bytes: 48213,
          sha256: 'a'.repeat(64),
        },
      ],
    },
    'leadership.1.2': { evidence: SAMPLE_TEXT.formula },
    'leadership.1.3': { evidence: '-3' },
    'legislation.1.1': { evidence: SAMPLE_TEXT.phone },
    'csea-hotline.2.1': { evidence: '@hotline reported 1,204 cases <b>not bold</b> & more' },
  };
  return indicators.map((entry) => ({ ...entry, ...samples[entry.key] }));
}

function subDomainResult(number: number): AgreedResult {
  if (number === 7) return { kind: 'not-applicable', reason: 'No national image database exists.' };
  if (number === 21) return { kind: 'not-assessed' };
  const stage = ((number % 4) + 1) as 1 | 2 | 3 | 4;
  return {
    kind: 'stage',
    stage,
    rationale:
      number === 1 ? `${SAMPLE_TEXT.arabic} — ${SAMPLE_TEXT.chinese}` : `Agreed at stage ${stage}.`,
  };
}

/** A full assessment: all 21 sub-domains, every indicator, a plan, enabler notes and contributions. */
export function fixtureRecord(framework: FrameworkView): AssessmentRecord {
  const subDomains = framework.capabilities.flatMap((capability) => capability.subDomains);
  return {
    assessment: {
      title: 'National MNR self-assessment 2026',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      leadBody: 'Ministry of Interior',
    },
    indicators: withSamples(indicatorEntries(framework)),
    subDomains: subDomains.map((subDomain) => ({
      key: subDomain.key as SubDomainKey,
      result: subDomainResult(subDomain.number),
    })),
    capabilities: framework.capabilities.map((capability, index) => ({
      key: capability.key as AssessmentRecord['capabilities'][number]['key'],
      result:
        index === 5
          ? { kind: 'not-assessed' as const }
          : {
              kind: 'stage' as const,
              stage: 2 as const,
              rationale: 'The lowest sub-domains hold it back.',
            },
    })),
    enablers: framework.enablers.map((enabler, index) => ({
      key: enabler.key,
      note: index === 0 ? `A coordination body meets monthly. ${SAMPLE_TEXT.cyrillic}` : '',
    })),
    plan: [
      {
        title: 'Adopt terms of reference for the national oversight committee',
        description: 'Draft, consult and adopt.',
        subDomainKey: 'leadership',
        indicatorKeys: ['leadership.1.3'],
        targetStage: 2,
        ownerBody: 'Ministry of Interior',
        contact: 'coordination@example.gov',
        priority: 'high',
        startDate: '2026-01-01',
        targetDate: '2026-12-31',
        status: 'in-progress',
        resourcesNote: 'Two staff for six months.',
      },
      {
        title: `${SAMPLE_TEXT.chinese} ${SAMPLE_TEXT.arabic}`,
        description: SAMPLE_TEXT.formula,
        subDomainKey: 'csea-hotline',
        indicatorKeys: ['csea-hotline.2.1', 'csea-hotline.2.2'],
        targetStage: null,
        ownerBody: '',
        contact: SAMPLE_TEXT.phone,
        priority: 'medium',
        startDate: null,
        targetDate: '2027-03-31',
        status: 'not-started',
        resourcesNote: '',
      },
    ],
    dismissedSuggestions: ['legislation.2.1', 'takedown-procedures.3.2'],
  };
}

export function fixtureDocument(framework: FrameworkView): AssessmentDocument {
  const withoutIntegrity = {
    format: ASSESSMENT_DOCUMENT_FORMAT,
    formatVersion: ASSESSMENT_DOCUMENT_VERSION,
    exportedAt: '2026-07-01T10:30:00.000Z',
    source: {
      assessmentId: 'a-fixture',
      organisationName: 'Republic of Examplia',
      countryCode: 'EX',
      state: 'draft',
      finalisedAt: null,
    },
    framework: { key: framework.key, version: framework.version, checksum: framework.checksum },
    record: fixtureRecord(framework),
    contributions: {
      participants: [
        { displayName: 'Amina Haddad', role: 'lead', capabilityScope: null },
        { displayName: 'Li Wei', role: 'contributor', capabilityScope: ['victim'] },
      ],
      proposals: [
        { subDomainKey: 'leadership', by: 'Li Wei', stage: 2, comment: 'Minutes exist for 2025.' },
      ],
      discussion: [
        {
          subDomainKey: 'leadership',
          by: 'Amina Haddad',
          at: '2026-03-02T14:00:00.000Z',
          body: 'Agreed after review.',
        },
      ],
    },
  } satisfies Omit<AssessmentDocument, 'integrity'>;
  return {
    ...withoutIntegrity,
    integrity: { algorithm: 'sha256', digest: digest(withoutIntegrity) },
  };
}
