import { useTranslation } from 'react-i18next';
import type { FrameworkView } from '../../../domain/framework/index.js';
import { SubDomainLink } from '../../components/SubDomainLink.js';
import { subDomainsInOrder } from '../../framework/sub-domain-lookup.js';
import { useLocalize } from '../../i18n/use-localize.js';

/** Every capability with its sub-domains, each a link to the sub-domain's indicators. */
export function CapabilityList({ framework }: { framework: FrameworkView }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  return (
    <section className="section" aria-labelledby="capabilities-heading">
      <h2 id="capabilities-heading">{t('overview.capabilitiesHeading')}</h2>
      <p>
        {t('overview.capabilitiesIntro', {
          capabilities: framework.capabilities.length,
          subDomains: subDomainsInOrder(framework).length,
        })}
      </p>
      <div className="capability-grid">
        {framework.capabilities.map((capability) => (
          <section
            key={capability.key}
            className="capability"
            aria-labelledby={`capability-${capability.key}`}
          >
            <h3 id={`capability-${capability.key}`}>{localize(capability.title)}</h3>
            <p className="capability__description">{localize(capability.description)}</p>
            <ul className="sub-domain-links">
              {capability.subDomains.map((subDomain) => (
                <li key={subDomain.key}>
                  <SubDomainLink frameworkKey={framework.key} subDomain={subDomain} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
