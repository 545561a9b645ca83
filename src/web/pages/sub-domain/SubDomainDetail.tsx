import { useTranslation } from 'react-i18next';
import type { FrameworkView } from '../../../domain/framework/index.js';
import { frameworkPath, subDomainPath } from '../../framework/paths.js';
import type { SubDomainInContext } from '../../framework/sub-domain-lookup.js';
import { useLocalize } from '../../i18n/use-localize.js';
import { useDocumentTitle } from '../../layout/use-document-title.js';
import { DependencyList } from './DependencyList.js';
import { StageSection } from './StageSection.js';
import { SubDomainPager } from './SubDomainPager.js';
import { Breadcrumb } from '../../components/Breadcrumb.js';

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
      <Breadcrumb
        trail={[{ label: localize(framework.title), to: frameworkPath(framework.key) }]}
        current={title}
      />
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
      <SubDomainPager
        pathTo={(key) => subDomainPath(framework.key, key)}
        previous={found.previous}
        next={found.next}
      />
    </>
  );
}
