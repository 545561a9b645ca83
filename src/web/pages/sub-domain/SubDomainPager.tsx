import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SubDomainView } from '../../../domain/framework/index.js';
import { useLocalize } from '../../i18n/use-localize.js';

/**
 * Walk the sub-domains in order, as a group does in a workshop: through the framework, or through
 * an assessment's workspaces (`pathTo` says where a sub-domain's page is).
 */
export function SubDomainPager({
  pathTo,
  previous,
  next,
}: {
  pathTo: (subDomainKey: string) => string;
  previous: SubDomainView | undefined;
  next: SubDomainView | undefined;
}) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const link = (subDomain: SubDomainView, direction: 'previous' | 'next') => (
    <Link className={`pager__link pager__link--${direction}`} to={pathTo(subDomain.key)}>
      <span className="pager__direction">{t(`subDomain.${direction}`)}</span>
      <span className="pager__title">
        {t('subDomain.number', { number: subDomain.number })} {localize(subDomain.title)}
      </span>
    </Link>
  );
  return (
    <nav className="pager" aria-label={t('subDomain.pagerLabel')}>
      {previous && link(previous, 'previous')}
      {next && link(next, 'next')}
    </nav>
  );
}
