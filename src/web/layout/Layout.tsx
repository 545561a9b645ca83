import { Suspense, useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigationType } from 'react-router';
import { LoadingStatus } from '../components/LoadingStatus.js';
import { FlashNotice } from './FlashNotice.js';
import { SiteNav } from './SiteNav.js';

/**
 * The frame of every page: skip link, header with the product name and navigation, and the main
 * landmark. After following a link the new page starts at the top with focus on its main
 * content, so keyboard and screen-reader users start reading the new page. Redirects (replace)
 * and the browser's back/forward (pop) keep the browser's own behaviour.
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

  // Moves focus without touching the address: its fragment may hold a setup or invite token.
  function skipToMain(event: MouseEvent) {
    event.preventDefault();
    main.current?.focus();
  }

  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link className="site-header__name" to="/">
            {t('app.name')}
          </Link>
          <SiteNav />
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="page">
        <FlashNotice />
        <Suspense fallback={<LoadingStatus message={t('status.loadingPage')} />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
