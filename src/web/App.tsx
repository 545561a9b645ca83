import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout } from './layout/Layout.js';
import { FrameworkOverviewPage } from './pages/FrameworkOverviewPage.js';
import { HomeRedirectPage } from './pages/HomeRedirectPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { SubDomainPage } from './pages/SubDomainPage.js';

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<HomeRedirectPage />} />
          <Route path="frameworks/:frameworkKey" element={<FrameworkOverviewPage />} />
          <Route
            path="frameworks/:frameworkKey/sub-domains/:subDomainKey"
            element={<SubDomainPage />}
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
