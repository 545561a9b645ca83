import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FrameworkGate } from '../components/FrameworkGate.js';
import { findSubDomain } from '../framework/sub-domain-lookup.js';
import { NotFoundPage } from './NotFoundPage.js';
import { SubDomainDetail } from './sub-domain/SubDomainDetail.js';

export function SubDomainPage() {
  const { t } = useTranslation();
  const { frameworkKey = '', subDomainKey = '' } = useParams();
  return (
    <FrameworkGate frameworkKey={frameworkKey}>
      {(framework) => {
        const found = findSubDomain(framework, subDomainKey);
        return found ? (
          <SubDomainDetail framework={framework} found={found} />
        ) : (
          <NotFoundPage explanation={t('notFound.subDomainBody', { key: subDomainKey })} />
        );
      }}
    </FrameworkGate>
  );
}
