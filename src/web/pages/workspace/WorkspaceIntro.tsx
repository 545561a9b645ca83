import { useTranslation } from 'react-i18next';
import { assessmentPath } from '../../assessments/paths.js';
import { useLocalize } from '../../i18n/use-localize.js';
import { ORGANISATIONS_PATH, organisationPath } from '../../organisations/paths.js';
import type { WorkspaceContext } from './workspace-context.js';
import { Breadcrumb } from '../../components/Breadcrumb.js';

/** Where the sub-domain sits, what it covers, and what the reader may change in it. */
export function WorkspaceIntro({ context }: { context: WorkspaceContext }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const { overview, workspace, found } = context;
  const { assessment } = overview;
  const title = localize(found.subDomain.title);
  const canContributeSomewhere = overview.permissions.contributeCapabilities.length > 0;
  const access = workspace.readOnly
    ? t('workspace.finalised')
    : workspace.canContribute
      ? undefined
      : canContributeSomewhere
        ? t('workspace.outOfScope', { capability: localize(found.capability.title) })
        : t('workspace.readOnlyRole');
  return (
    <>
      <Breadcrumb
        trail={[
          { label: t('organisations.title'), to: ORGANISATIONS_PATH },
          { label: overview.organisationName, to: organisationPath(assessment.organisationId) },
          { label: assessment.title, to: assessmentPath(assessment.id) },
        ]}
        current={title}
      />
      <div className="page-intro">
        <p className="eyebrow">
          {t('subDomain.eyebrow', {
            number: found.subDomain.number,
            capability: localize(found.capability.title),
          })}
        </p>
        <h1>{title}</h1>
        <p className="lead">{localize(found.subDomain.description)}</p>
        {access && <p className="notice notice--locked">{access}</p>}
      </div>
      <nav className="page-contents" aria-label={t('workspace.contents')}>
        <ul>
          {(['indicators', 'proposals', 'discussion', 'agreed', 'history'] as const).map((part) => (
            <li key={part}>
              <a href={`#${part}`}>{t(`workspace.parts.${part}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
