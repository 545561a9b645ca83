import { useTranslation } from 'react-i18next';
import type { SubDomainView } from '../../../domain/framework/index.js';
import { SubDomainLink } from '../../components/SubDomainLink.js';

/** The MNR's capabilities are interdependent: name the sub-domains this one relies on. */
export function DependencyList({
  frameworkKey,
  dependencies,
}: {
  frameworkKey: string;
  dependencies: SubDomainView[];
}) {
  const { t } = useTranslation();
  return (
    <section className="dependencies" aria-labelledby="depends-on-heading">
      <h2 id="depends-on-heading">{t('subDomain.dependsOnHeading')}</h2>
      {dependencies.length === 0 ? (
        <p>{t('subDomain.dependsOnNone')}</p>
      ) : (
        <ul className="sub-domain-links sub-domain-links--inline">
          {dependencies.map((dependency) => (
            <li key={dependency.key}>
              <SubDomainLink frameworkKey={frameworkKey} subDomain={dependency} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
