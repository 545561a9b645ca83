import {
  interdependencyFlags,
  resultHighlights,
  resultOf,
  rollUpCapability,
  stageCounts,
  suggestedStage,
  type AgreedResult,
  type CapabilityRollUp,
  type InterdependencyFlag,
  type ResultHighlights,
  type StageCount,
  type SuggestedStage,
} from '../../../domain/assessment/index.js';
import type {
  AssessmentDocument,
  IndicatorEntry,
} from '../../../domain/assessment-document/index.js';
import { localize, type FrameworkView } from '../../../domain/framework/index.js';
import type { PlanItemFields } from '../../../domain/plan/index.js';

export type IndicatorLine = { key: string; text: string; entry: IndicatorEntry };

export type StageSection = {
  number: number;
  title: string;
  summary: string;
  indicators: IndicatorLine[];
};

export type SubDomainReport = {
  key: string;
  number: number;
  title: string;
  description: string;
  result: AgreedResult;
  suggested: SuggestedStage;
  counts: StageCount[];
  stages: StageSection[];
  proposals: AssessmentDocument['contributions']['proposals'];
};

export type CapabilityReport = {
  key: string;
  title: string;
  result: AgreedResult;
  rollUp: CapabilityRollUp;
  subDomains: SubDomainReport[];
};

export type PlanLine = PlanItemFields & { subDomainNumber: number; subDomainTitle: string };

/** An assessment with the framework's words in one locale: what both the workbook and the report show. */
export type ReportModel = {
  locale: string;
  document: AssessmentDocument;
  frameworkTitle: string;
  stages: { number: number; title: string; description: string }[];
  capabilities: CapabilityReport[];
  enablers: { key: string; title: string; description: string; note: string }[];
  plan: PlanLine[];
  flags: (InterdependencyFlag & { subDomainTitle: string; dependsOnTitle: string })[];
  /** Strengths and gaps by the same rule as the results summary in the application. */
  highlights: ResultHighlights;
  stageTitle: (stage: number) => string;
};

export function reportModel(
  document: AssessmentDocument,
  framework: FrameworkView,
  locale: string,
): ReportModel {
  const text = (value: Parameters<typeof localize>[0]) => localize(value, locale);
  const { record } = document;
  const entries = new Map(record.indicators.map((entry) => [entry.key, entry]));
  const ratings = Object.fromEntries(
    record.indicators.flatMap((entry) => (entry.status ? [[entry.key, entry.status]] : [])),
  );
  const subDomainResults = Object.fromEntries(record.subDomains.map((s) => [s.key, s.result]));
  const capabilityResults = Object.fromEntries(record.capabilities.map((c) => [c.key, c.result]));
  const stages = framework.stages.map((stage) => ({
    number: stage.number,
    title: text(stage.title),
    description: text(stage.description),
  }));
  const stageTitle = (stage: number) => stages[stage - 1]?.title ?? String(stage);

  const capabilities = framework.capabilities.map((capability): CapabilityReport => {
    const subDomains = capability.subDomains.map((subDomain): SubDomainReport => ({
      key: subDomain.key,
      number: subDomain.number,
      title: text(subDomain.title),
      description: text(subDomain.description),
      result: resultOf(subDomainResults, subDomain.key),
      suggested: suggestedStage(subDomain, ratings),
      counts: stageCounts(subDomain, ratings),
      stages: subDomain.stages.map((stage) => ({
        number: stage.number,
        title: stageTitle(stage.number),
        summary: text(stage.summary),
        indicators: stage.indicators.map((indicator) => ({
          key: indicator.key,
          text: text(indicator.text),
          entry: entries.get(indicator.key) ?? {
            key: indicator.key,
            subDomainKey: subDomain.key as IndicatorEntry['subDomainKey'],
            status: null,
            evidence: '',
            links: [],
            files: [],
          },
        })),
      })),
      proposals: document.contributions.proposals.filter((p) => p.subDomainKey === subDomain.key),
    }));
    return {
      key: capability.key,
      title: text(capability.title),
      result: resultOf(capabilityResults, capability.key),
      rollUp: rollUpCapability(
        subDomains.map((subDomain) => subDomain.result),
        framework.rollUp,
      ),
      subDomains,
    };
  });

  const subDomainByKey = new Map(
    capabilities.flatMap((capability) => capability.subDomains).map((s) => [s.key, s]),
  );
  const notes = new Map(record.enablers.map((enabler) => [enabler.key, enabler.note]));
  const dependencies = framework.capabilities.flatMap((capability) => capability.subDomains);

  return {
    locale,
    document,
    frameworkTitle: text(framework.title),
    stages,
    capabilities,
    enablers: framework.enablers.map((enabler) => ({
      key: enabler.key,
      title: text(enabler.title),
      description: text(enabler.description),
      note: notes.get(enabler.key) ?? '',
    })),
    plan: record.plan.map((item) => {
      const subDomain = subDomainByKey.get(item.subDomainKey);
      return {
        ...item,
        subDomainNumber: subDomain?.number ?? 0,
        subDomainTitle: subDomain?.title ?? item.subDomainKey,
      };
    }),
    flags: interdependencyFlags(dependencies, subDomainResults).map((flag) => ({
      ...flag,
      subDomainTitle: subDomainByKey.get(flag.subDomain)?.title ?? flag.subDomain,
      dependsOnTitle: subDomainByKey.get(flag.dependsOn)?.title ?? flag.dependsOn,
    })),
    highlights: resultHighlights(
      dependencies.map(({ key, number, stages }) => ({ key, number, indicators: { stages } })),
      subDomainResults,
      ratings,
    ),
    stageTitle,
  };
}
