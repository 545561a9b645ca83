import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigationType } from 'react-router';

/**
 * The frame of every page: skip link, header with the product name, and the main landmark.
 * After following a link the new page starts at the top with focus on its main content, so
 * keyboard and screen-reader users start reading the new page. Redirects (replace) and the
 * browser's back/forward (pop) keep the browser's own behaviour.
 */
export function Layout() {
  const { t } = useTranslation();
  const { key } = useLocation();
  const navigationType = useNavigationType();
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    if (navigationType !== 'PUSH') return;
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [key, navigationType]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="site-header__name" to="/">
            {t('app.name')}
          </Link>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="page">
        <Outlet />
      </main>
    </>
  );
}
