import type { CompletionStep } from '../../../domain/assessment/index.js';
import { stageWord } from '../report-model/labels.js';
import type {
  CapabilityReport,
  ReportModel,
  SubDomainReport,
} from '../report-model/report-model.js';

export const GUIDE_STEPS: Record<CompletionStep, { title: string; text: string }> = {
  prepare: {
    title: 'Prepare',
    text: 'Record the title, period and lead body; invite the bodies that hold a mandate for each capability.',
  },
  convene: {
    title: 'Convene',
    text: 'Bring ministries, police, prosecutors, child protection, helplines and hotlines, regulators, industry, media and civil society together.',
  },
  assess: {
    title: 'Assess',
    text: 'For every indicator, say whether it is met, partly met, not met or not known, with the evidence.',
  },
  agree: {
    title: 'Agree',
    text: 'Agree a stage for every sub-domain and capability and record why, especially where it differs from the checklist suggestion.',
  },
  plan: {
    title: 'Plan',
    text: 'Turn the gaps into actions with an owner, priority and dates on the Action plan sheet.',
  },
  share: {
    title: 'Share',
    text: 'Optionally share the results with the Alliance secretariat, from the application.',
  },
};

export const NOT_CARRIED =
  'Evidence files (listed by name only), who took part, stakeholder proposals and the discussion stay in the application: an import does not bring them back. Everything in a yellow cell, the action plan and the enabler notes does.';

export function suggestionText(subDomain: SubDomainReport, model: ReportModel): string {
  const suggestion = subDomain.suggested
    ? stageWord(subDomain.suggested, model.stageTitle(subDomain.suggested))
    : 'none yet';
  const met = subDomain.counts
    .map((count) => `${model.stageTitle(count.stage)} ${count.met}/${count.total}`)
    .join(' · ');
  return `Suggested by the checklist: ${suggestion}. Indicators met: ${met}.`;
}

export function capabilityBlurb(capability: CapabilityReport, model: ReportModel): string {
  const { suggestedStage, spread } = capability.rollUp;
  const suggestion = suggestedStage
    ? stageWord(suggestedStage, model.stageTitle(suggestedStage))
    : 'none until every sub-domain is agreed';
  const range = spread.min ? ` Sub-domain stages range from ${spread.min} to ${spread.max}.` : '';
  return `Suggested from the sub-domains: ${suggestion}.${range}`;
}
