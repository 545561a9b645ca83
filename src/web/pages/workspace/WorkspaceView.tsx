import type {
  AssessmentOverview,
  SubDomainWorkspace,
} from '../../../domain/assessment/api/index.js';
import type { FrameworkView } from '../../../domain/framework/index.js';
import { workspacePath } from '../../assessments/paths.js';
import { useStageTitles } from '../../framework/use-stage-titles.js';
import type { SubDomainInContext } from '../../framework/sub-domain-lookup.js';
import { useLocalize } from '../../i18n/use-localize.js';
import { useDocumentTitle } from '../../layout/use-document-title.js';
import { SubDomainPager } from '../sub-domain/SubDomainPager.js';
import { AgreedStageSection } from './AgreedStageSection.js';
import { DiscussionSection } from './DiscussionSection.js';
import { HistorySection } from './HistorySection.js';
import { IndicatorSection } from './IndicatorSection.js';
import { ProposalSection } from './ProposalSection.js';
import type { WorkspaceContext } from './workspace-context.js';
import { WorkspaceIntro } from './WorkspaceIntro.js';

/** A sub-domain's workspace, in the order a group works through it. */
export function WorkspaceView(props: {
  overview: AssessmentOverview;
  workspace: SubDomainWorkspace;
  framework: FrameworkView;
  found: SubDomainInContext;
  onChanged: () => void;
}) {
  const localize = useLocalize();
  const stageTitle = useStageTitles(props.framework);
  const context: WorkspaceContext = { ...props, stageTitle };
  const { found, overview } = props;
  useDocumentTitle(localize(found.subDomain.title));
  return (
    <>
      <WorkspaceIntro context={context} />
      <IndicatorSection context={context} />
      <ProposalSection context={context} />
      <DiscussionSection context={context} />
      <AgreedStageSection context={context} />
      <HistorySection context={context} />
      <SubDomainPager
        pathTo={(key) => workspacePath(overview.assessment.id, key)}
        previous={found.previous}
        next={found.next}
      />
    </>
  );
}
