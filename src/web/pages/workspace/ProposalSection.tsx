import { useTranslation } from 'react-i18next';
import { StageName } from '../../components/assessment/StageName.js';
import { useFormatDateTime } from '../../i18n/use-format-date.js';
import { useCurrentUser } from '../../session/use-current-user.js';
import { ProposalForm } from './ProposalForm.js';
import type { WorkspaceContext } from './workspace-context.js';

/** Each stakeholder's proposed stage with their comment, and the reader's own proposal. */
export function ProposalSection({ context }: { context: WorkspaceContext }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const user = useCurrentUser();
  const { workspace, stageTitle } = context;
  return (
    <section className="section" id="proposals" aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">{t('proposals.heading')}</h2>
      <p>{t('proposals.intro')}</p>
      {workspace.proposals.length === 0 ? (
        <p className="hint">{t('proposals.noneYet')}</p>
      ) : (
        <ul className="proposal-list">
          {workspace.proposals.map((proposal) => (
            <li key={proposal.person.id} className="proposal">
              <p className="proposal__who">
                <strong>{proposal.person.displayName}</strong>{' '}
                <StageName
                  stage={proposal.stage as 1 | 2 | 3 | 4}
                  title={stageTitle(proposal.stage)}
                />
              </p>
              {proposal.comment && <p className="prose-text">{proposal.comment}</p>}
              <p className="stamp">{formatDateTime(proposal.updatedAt)}</p>
            </li>
          ))}
        </ul>
      )}
      {workspace.canContribute && (
        <div className="panel">
          <h3>{t('proposals.yours')}</h3>
          <ProposalForm
            assessmentId={workspace.assessmentId}
            subDomainKey={workspace.subDomainKey}
            own={workspace.proposals.find((proposal) => proposal.person.id === user.id)}
            stageTitle={stageTitle}
            onChanged={context.onChanged}
          />
        </div>
      )}
    </section>
  );
}
