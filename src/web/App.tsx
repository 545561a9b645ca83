import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout } from './layout/Layout.js';
import { lazyPage } from './lazy-page.js';
import { HomeRedirectPage } from './pages/HomeRedirectPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { SessionProvider } from './session/SessionProvider.js';
import { RequireSignIn } from './session/RequireSignIn.js';

const FrameworkOverviewPage = lazyPage(
  () => import('./pages/FrameworkOverviewPage.js'),
  'FrameworkOverviewPage',
);
const SubDomainPage = lazyPage(() => import('./pages/SubDomainPage.js'), 'SubDomainPage');
const SignInPage = lazyPage(() => import('./pages/SignInPage.js'), 'SignInPage');
const SetupPage = lazyPage(() => import('./pages/SetupPage.js'), 'SetupPage');
const ForgotPasswordPage = lazyPage(
  () => import('./pages/ForgotPasswordPage.js'),
  'ForgotPasswordPage',
);
const ResetPasswordPage = lazyPage(
  () => import('./pages/ResetPasswordPage.js'),
  'ResetPasswordPage',
);
const InvitePage = lazyPage(() => import('./pages/InvitePage.js'), 'InvitePage');
const OrganisationsPage = lazyPage(
  () => import('./pages/OrganisationsPage.js'),
  'OrganisationsPage',
);
const CreateOrganisationPage = lazyPage(
  () => import('./pages/CreateOrganisationPage.js'),
  'CreateOrganisationPage',
);
const OrganisationPage = lazyPage(() => import('./pages/OrganisationPage.js'), 'OrganisationPage');
const UsersPage = lazyPage(() => import('./pages/UsersPage.js'), 'UsersPage');
const AssessmentPage = lazyPage(() => import('./pages/AssessmentPage.js'), 'AssessmentPage');
const WorkspacePage = lazyPage(() => import('./pages/WorkspacePage.js'), 'WorkspacePage');
const ResultsPage = lazyPage(() => import('./pages/results/ResultsPage.js'), 'ResultsPage');
const ProgressPage = lazyPage(() => import('./pages/progress/ProgressPage.js'), 'ProgressPage');
const ComparePage = lazyPage(() => import('./pages/progress/ComparePage.js'), 'ComparePage');
const NationalPage = lazyPage(() => import('./pages/progress/NationalPage.js'), 'NationalPage');
const PlanPage = lazyPage(() => import('./pages/PlanPage.js'), 'PlanPage');
const SharePage = lazyPage(() => import('./pages/share/SharePage.js'), 'SharePage');
const SecretariatSubmissionsPage = lazyPage(
  () => import('./pages/secretariat/submissions/SubmissionsPage.js'),
  'SecretariatSubmissionsPage',
);
const SecretariatSubmissionPage = lazyPage(
  () => import('./pages/secretariat/submissions/SubmissionPage.js'),
  'SecretariatSubmissionPage',
);
const SecretariatDashboardPage = lazyPage(
  () => import('./pages/secretariat/dashboard/DashboardPage.js'),
  'SecretariatDashboardPage',
);
const SecretariatExchangePage = lazyPage(
  () => import('./pages/exchange/ExchangePage.js'),
  'SecretariatExchangePage',
);

/**
 * Every address of the app. The framework and the account pages (sign-in, setup, reset, invite)
 * are open to visitors; the rest asks them to sign in first.
 *
 * Navigation is not a transition: signing in or out changes the session and the address in one
 * step, and both must show in the same render, or the page being left would react to the new
 * session (a protected page sending a person who just signed out to sign in again).
 */
export function App() {
  return (
    <BrowserRouter useTransitions={false}>
      <SessionProvider>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<HomeRedirectPage />} />
            <Route path="frameworks/:frameworkKey" element={<FrameworkOverviewPage />} />
            <Route
              path="frameworks/:frameworkKey/sub-domains/:subDomainKey"
              element={<SubDomainPage />}
            />
            <Route path="sign-in" element={<SignInPage />} />
            <Route path="setup" element={<SetupPage />} />
            <Route path="forgot-password" element={<ForgotPasswordPage />} />
            <Route path="reset-password" element={<ResetPasswordPage />} />
            <Route path="invite" element={<InvitePage />} />
            <Route element={<RequireSignIn />}>
              <Route path="organisations" element={<OrganisationsPage />} />
              <Route path="organisations/new" element={<CreateOrganisationPage />} />
              <Route path="organisations/:organisationId" element={<OrganisationPage />} />
              <Route path="organisations/:organisationId/progress" element={<ProgressPage />} />
              <Route path="organisations/:organisationId/compare" element={<ComparePage />} />
              <Route path="organisations/:organisationId/national" element={<NationalPage />} />
              <Route path="users" element={<UsersPage />} />
              <Route path="secretariat/dashboard" element={<SecretariatDashboardPage />} />
              <Route path="secretariat/exchange" element={<SecretariatExchangePage />} />
              <Route path="assessments/:assessmentId" element={<AssessmentPage />} />
              <Route
                path="assessments/:assessmentId/sub-domains/:subDomainKey"
                element={<WorkspacePage />}
              />
              <Route path="assessments/:assessmentId/plan" element={<PlanPage />} />
              <Route path="assessments/:assessmentId/share" element={<SharePage />} />
              <Route path="secretariat/submissions" element={<SecretariatSubmissionsPage />} />
              <Route
                path="secretariat/submissions/:submissionId"
                element={<SecretariatSubmissionPage />}
              />
              <Route path="assessments/:assessmentId/results" element={<ResultsPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}
