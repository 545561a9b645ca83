import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SubDomainView } from '../../domain/framework/index.js';
import { subDomainPath } from '../framework/paths.js';
import { useLocalize } from '../i18n/use-localize.js';

/** A sub-domain as people refer to it in a workshop: its number, then its title. */
export function SubDomainLink({
  frameworkKey,
  subDomain,
}: {
  frameworkKey: string;
  subDomain: SubDomainView;
}) {
  const { t } = useTranslation();
  const localize = useLocalize();
  return (
    <Link to={subDomainPath(frameworkKey, subDomain.key)}>
      <span className="sub-domain-number">
        {t('subDomain.number', { number: subDomain.number })}
      </span>{' '}
      <span className="sub-domain-link__title">{localize(subDomain.title)}</span>
    </Link>
  );
}
