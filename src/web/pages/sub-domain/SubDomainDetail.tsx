import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FrameworkView } from '../../../domain/framework/index.js';
import { frameworkPath } from '../../framework/paths.js';
import type { SubDomainInContext } from '../../framework/sub-domain-lookup.js';
import { useLocalize } from '../../i18n/use-localize.js';
import { useDocumentTitle } from '../../layout/use-document-title.js';
import { DependencyList } from './DependencyList.js';
import { StageSection } from './StageSection.js';
import { SubDomainPager } from './SubDomainPager.js';

/** One sub-domain: what it covers, what it relies on, and its indicators stage by stage. */
export function SubDomainDetail({
  framework,
  found,
}: {
  framework: FrameworkView;
  found: SubDomainInContext;
}) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const { subDomain, capability } = found;
  const title = localize(subDomain.title);
  useDocumentTitle(title);
  const stageTitles = new Map(framework.stages.map((stage) => [stage.key, localize(stage.title)]));

  return (
    <>
      <nav aria-label={t('breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to={frameworkPath(framework.key)}>{localize(framework.title)}</Link>
          </li>
          <li aria-current="page">{title}</li>
        </ol>
      </nav>
      <div className="page-intro">
        <p className="eyebrow">
          {t('subDomain.eyebrow', {
            number: subDomain.number,
            capability: localize(capability.title),
          })}
        </p>
        <h1>{title}</h1>
        <p className="lead">{localize(subDomain.description)}</p>
      </div>
      <DependencyList frameworkKey={framework.key} dependencies={found.dependencies} />
      {subDomain.stages.map((stage) => (
        <StageSection
          key={stage.key}
          stage={stage}
          title={stageTitles.get(stage.key) ?? stage.key}
        />
      ))}
      <SubDomainPager frameworkKey={framework.key} previous={found.previous} next={found.next} />
    </>
  );
}
