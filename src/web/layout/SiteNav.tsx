import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { DEFAULT_FRAMEWORK_KEY, frameworkPath } from '../framework/paths.js';
import { ORGANISATIONS_PATH } from '../organisations/paths.js';
import { SIGN_IN_PATH } from '../session/paths.js';
import { USERS_PATH } from '../users/paths.js';
import { DASHBOARD_PATH } from '../pages/secretariat/dashboard/aggregates.api.js';
import { EXCHANGE_PATH } from '../pages/exchange/exchange.api.js';
import { SUBMISSIONS_PATH } from '../pages/secretariat/submissions/submissions.api.js';
import { isSecretariatOnly } from '../session/home-path.js';
import { useSignedInUser } from '../session/use-session.js';
import { AccountMenu } from './AccountMenu.js';

/** Where a person can go, by what they may do; and who they are signed in as. */
export function SiteNav() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { key } = useLocation();
  return (
    <nav className="site-nav" aria-label={t('nav.label')}>
      <ul className="site-nav__links">
        {user && !isSecretariatOnly(user) && (
          <li>
            <NavLink className="site-nav__link" to={ORGANISATIONS_PATH}>
              {t('nav.organisations')}
            </NavLink>
          </li>
        )}
        <li>
          <NavLink className="site-nav__link" to={frameworkPath(DEFAULT_FRAMEWORK_KEY)}>
            {t('nav.framework')}
          </NavLink>
        </li>
        {user?.instanceRole === 'admin' && (
          <li>
            <NavLink className="site-nav__link" to={USERS_PATH}>
              {t('nav.users')}
            </NavLink>
          </li>
        )}
        {user?.instanceRole === 'secretariat' && (
          <li>
            <NavLink className="site-nav__link" to={DASHBOARD_PATH}>
              {t('secretariatDashboard.nav')}
            </NavLink>
          </li>
        )}
        {user?.instanceRole === 'secretariat' && (
          <li>
            <NavLink className="site-nav__link" to={SUBMISSIONS_PATH}>
              {t('secretariatSubmissions.nav')}
            </NavLink>
          </li>
        )}
        {user?.instanceRole === 'secretariat' && (
          <li>
            <NavLink className="site-nav__link" to={EXCHANGE_PATH}>
              {t('exchange.nav')}
            </NavLink>
          </li>
        )}
        {user === null && (
          <li>
            <NavLink className="site-nav__link" to={SIGN_IN_PATH}>
              {t('nav.signIn')}
            </NavLink>
          </li>
        )}
      </ul>
      {/* A new page starts with the menu closed. */}
      {user && <AccountMenu key={key} user={user} />}
    </nav>
  );
}
