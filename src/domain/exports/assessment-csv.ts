import type { AssessmentDocument } from '../assessment-document/assessment-document.schema.js';
import type { AgreedResult } from '../assessment/assessment.schemas.js';
import { suggestedStage } from '../assessment/suggested-stage.js';
import { localize, type FrameworkView } from '../framework/index.js';
import { toCsv, type CsvCell } from './csv.js';

export const STAGES_CSV_HEADER = [
  'Number',
  'Sub-domain key',
  'Sub-domain',
  'Capability',
  'Result',
  'Agreed stage',
  'Suggested stage',
  'Rationale or reason',
] as const;

export const PLAN_CSV_HEADER = [
  'Title',
  'Description',
  'Sub-domain number',
  'Sub-domain key',
  'Sub-domain',
  'Indicators',
  'Target stage',
  'Owner body',
  'Contact',
  'Priority',
  'Start date',
  'Target date',
  'Status',
  'Resources',
] as const;

const RESULT_TEXT: Record<AgreedResult['kind'], string> = {
  stage: 'agreed',
  'not-applicable': 'not applicable',
  'not-assessed': 'not assessed',
};

function subDomainsOf(framework: FrameworkView) {
  return framework.capabilities
    .flatMap((capability) => capability.subDomains.map((subDomain) => ({ subDomain, capability })))
    .sort((a, b) => a.subDomain.number - b.subDomain.number);
}

/**
 * One row per sub-domain in MNR order: the agreed result beside the stage the ratings suggest
 * (0 when not even stage 1 is fully met). Names are in `locale`, falling back to English.
 */
export function stagesCsv(
  document: AssessmentDocument,
  framework: FrameworkView,
  locale: string,
): string {
  const ratings = Object.fromEntries(
    document.record.indicators.flatMap((entry) =>
      entry.status === null ? [] : [[entry.key, entry.status]],
    ),
  );
  const results = new Map<string, AgreedResult>(
    document.record.subDomains.map((entry) => [entry.key, entry.result]),
  );
  const rows: CsvCell[][] = subDomainsOf(framework).map(({ subDomain, capability }) => {
    const result: AgreedResult = results.get(subDomain.key) ?? { kind: 'not-assessed' };
    return [
      subDomain.number,
      subDomain.key,
      localize(subDomain.title, locale),
      localize(capability.title, locale),
      RESULT_TEXT[result.kind],
      result.kind === 'stage' ? result.stage : null,
      suggestedStage(subDomain, ratings),
      result.kind === 'stage'
        ? result.rationale
        : result.kind === 'not-applicable'
          ? result.reason
          : '',
    ];
  });
  return toCsv([[...STAGES_CSV_HEADER], ...rows]);
}

/** One row per action plan item, in the plan's order. */
export function planCsv(
  document: AssessmentDocument,
  framework: FrameworkView,
  locale: string,
): string {
  const subDomains = new Map(
    subDomainsOf(framework).map(({ subDomain }) => [subDomain.key, subDomain]),
  );
  const rows: CsvCell[][] = document.record.plan.map((item) => {
    const subDomain = subDomains.get(item.subDomainKey);
    return [
      item.title,
      item.description,
      subDomain?.number ?? null,
      item.subDomainKey,
      subDomain ? localize(subDomain.title, locale) : '',
      item.indicatorKeys.join(' '),
      item.targetStage,
      item.ownerBody,
      item.contact,
      item.priority,
      item.startDate,
      item.targetDate,
      item.status,
      item.resourcesNote,
    ];
  });
  return toCsv([[...PLAN_CSV_HEADER], ...rows]);
}
