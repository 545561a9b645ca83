import { progressPercent } from './progress.js';

/** The completion guide's steps, in the order a group works through them. */
export const COMPLETION_STEPS = ['prepare', 'convene', 'assess', 'agree', 'plan', 'share'] as const;
export type CompletionStep = (typeof COMPLETION_STEPS)[number];

/** What the completion guide needs to know about an assessment; all counts are plain numbers. */
export type CompletionFacts = {
  /** Title, period and lead body recorded. */
  detailsComplete: boolean;
  /**
   * Members of the organisation, however they came in: someone an administrator added directly
   * takes part exactly as someone who accepted an invitation does.
   */
  members: number;
  /** Invitations not yet accepted, withdrawn or expired: people the group still waits for. */
  openInvitations: number;
  indicatorsRated: number;
  indicatorsTotal: number;
  /** Sub-domains and capabilities agreed or marked not applicable, of all of them. */
  itemsDecided: number;
  itemsTotal: number;
  planItems: number;
  /**
   * Sharing is voluntary: deciding not to share completes the step as much as submitting. It
   * does not apply to a jurisdiction, whose results stay in the country (`sharesWithAlliance`):
   * its guide has no share step at all, rather than one it could never complete.
   */
  sharing: 'undecided' | 'submitted' | 'declined' | 'not-applicable';
};

export type StepState = 'not-started' | 'in-progress' | 'done';

export type StepProgress = {
  step: CompletionStep;
  state: StepState;
  done: number;
  total: number;
  percent: number;
};

export type CompletionGuide = {
  steps: StepProgress[];
  /** The first step not done; undefined when every step is. */
  currentStep: CompletionStep | undefined;
};

function tally(facts: CompletionFacts): Record<CompletionStep, [done: number, total: number]> {
  // Who counts as a participant is decided here alone, so the web page and the exported
  // workbook, which both pass the plain counts, cannot read the same group differently.
  const participants = facts.members + facts.openInvitations;
  return {
    prepare: [Number(facts.detailsComplete) + Number(participants > 0), 2],
    convene: [facts.members, participants],
    assess: [facts.indicatorsRated, facts.indicatorsTotal],
    agree: [facts.itemsDecided, facts.itemsTotal],
    plan: [facts.planItems, 1],
    share: [facts.sharing === 'undecided' ? 0 : 1, 1],
  };
}

function stateOf(done: number, total: number): StepState {
  if (total > 0 && done >= total) return 'done';
  return done > 0 ? 'in-progress' : 'not-started';
}

/** Progress of each step of prepare → convene → assess → agree → plan → share (where it applies). */
export function completionGuide(facts: CompletionFacts): CompletionGuide {
  const tallies = tally(facts);
  const applying = COMPLETION_STEPS.filter(
    (step) => step !== 'share' || facts.sharing !== 'not-applicable',
  );
  const steps = applying.map((step): StepProgress => {
    const [counted, total] = tallies[step];
    // A count past the total (several plan items) reads as complete.
    const done = Math.min(counted, total);
    return {
      step,
      state: stateOf(done, total),
      done,
      total,
      percent: progressPercent(done, total),
    };
  });
  return { steps, currentStep: steps.find(({ state }) => state !== 'done')?.step };
}
