import type { AssessmentOverview } from '../../../domain/assessment/api/index.js';
import { assessmentProgress, subDomainStatus } from '../../../domain/assessment/index.js';
import type { FrameworkView } from '../../../domain/framework/index.js';
import { useStageTitles } from '../../framework/use-stage-titles.js';
import { AssessmentIntro } from './AssessmentIntro.js';
import { CapabilitySection } from './CapabilitySection.js';
import { CompletionGuide } from './CompletionGuide.js';
import { EnablerSection } from './EnablerSection.js';
import { FinaliseSection } from './FinaliseSection.js';
import { PlanLink } from '../plan/PlanLink.js';
import { ExportSection } from '../exports/ExportSection.js';
import { ParticipantSection } from './ParticipantSection.js';
import { ResultsLink } from '../results/ResultsLink.js';
import { SubDomainSection } from './SubDomainSection.js';
import { ShareLink } from '../share/ShareLink.js';

/** The assessment at a glance, and what the person may do with it as a whole. */
export function AssessmentOverviewView({
  overview,
  framework,
  onChanged,
}: {
  overview: AssessmentOverview;
  framework: FrameworkView;
  onChanged: () => void;
}) {
  const stageTitle = useStageTitles(framework);
  const progress = assessmentProgress({
    subDomains: overview.subDomains.map((subDomain) => subDomain.status),
    capabilities: overview.capabilities.map((capability) =>
      subDomainStatus(capability.result, false),
    ),
  });
  return (
    <>
      <AssessmentIntro overview={overview} framework={framework} />
      <CompletionGuide guide={overview.guide} />
      <ResultsLink assessmentId={overview.assessment.id} />
      <SubDomainSection
        overview={overview}
        framework={framework}
        progress={progress}
        stageTitle={stageTitle}
      />
      <CapabilitySection
        overview={overview}
        framework={framework}
        stageTitle={stageTitle}
        onChanged={onChanged}
      />
      <EnablerSection overview={overview} framework={framework} onChanged={onChanged} />
      <PlanLink assessmentId={overview.assessment.id} />
      <ExportSection assessmentId={overview.assessment.id} />
      <ParticipantSection participants={overview.participants} />
      {overview.assessment.state === 'finalised' && overview.sharesWithAlliance && (
        <ShareLink assessmentId={overview.assessment.id} />
      )}
      {overview.permissions.finalise && (
        <FinaliseSection
          overview={overview}
          openItems={progress.total - progress.done}
          onFinalised={onChanged}
        />
      )}
    </>
  );
}
