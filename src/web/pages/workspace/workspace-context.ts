import type {
  AssessmentOverview,
  SubDomainWorkspace,
} from '../../../domain/assessment/api/index.js';
import type { FrameworkView } from '../../../domain/framework/index.js';
import type { SubDomainInContext } from '../../framework/sub-domain-lookup.js';

/** What every part of a sub-domain's workspace page reads. */
export type WorkspaceContext = {
  overview: AssessmentOverview;
  workspace: SubDomainWorkspace;
  framework: FrameworkView;
  found: SubDomainInContext;
  stageTitle: (stage: number) => string;
  /** Reads the workspace again after a change made here. */
  onChanged: () => void;
};
