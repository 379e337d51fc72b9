import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
} from '@tanstack/react-router';
import { lazy } from 'react';
import { SkipLink } from './components/SkipLink';
import { usePageTitle } from './components/usePageTitle';
import { useTranslation } from './i18n';
import NotFoundPage from './pages/NotFoundPage';
import { AdminRoute } from './shell/AdminRoute';
import { cycleSteps } from './shell/navigation';

const tokenSearch = (search: Record<string, unknown>): { token?: string } =>
  typeof search.token === 'string' ? { token: search.token } : {};

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: () => (
    <>
      <SkipLink />
      <Outlet />
    </>
  ),
  notFoundComponent: NotFoundPage,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./pages/IndexRedirect')),
});

const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'setup',
  component: lazyRouteComponent(() => import('./pages/setup/SetupPage')),
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sign-in',
  // Only same-site paths, so a crafted link cannot send someone elsewhere after signing in.
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' && /^\/(?!\/)/.test(search.redirect)
      ? { redirect: search.redirect }
      : {},
  component: lazyRouteComponent(() => import('./pages/auth/SignInPage')),
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'forgot-password',
  component: lazyRouteComponent(() => import('./pages/auth/ForgotPasswordPage')),
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'reset-password',
  validateSearch: tokenSearch,
  component: lazyRouteComponent(() => import('./pages/auth/ResetPasswordPage')),
});

const acceptInvitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'invitations/accept',
  validateSearch: tokenSearch,
  component: lazyRouteComponent(() => import('./pages/auth/AcceptInvitationPage')),
});

/** Everything behind sign-in shares the app shell, which also guards it. */
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  component: lazyRouteComponent(() => import('./shell/AppLayout')),
});

const ApiReferencePage = lazy(() => import('./pages/admin/ApiReferencePage'));
function ApiReference() {
  const { t } = useTranslation();
  usePageTitle(t('shell.nav.apiReference'));
  return <ApiReferencePage />;
}
const apiReferenceRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'api-reference',
  component: () => <ApiReference />,
});

const frameworkLibraryRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'frameworks',
  // Availability is shown for this organization; without it, for the person's first.
  validateSearch: (search: Record<string, unknown>): { organizationId?: string } =>
    typeof search.organizationId === 'string' ? { organizationId: search.organizationId } : {},
  component: lazyRouteComponent(() => import('./pages/frameworks/LibraryPage')),
});

const frameworkRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'frameworks/$frameworkId',
  component: lazyRouteComponent(() => import('./pages/frameworks/reader/FrameworkPage')),
});

const frameworkEditRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'frameworks/$frameworkId/edit',
  component: lazyRouteComponent(() => import('./pages/frameworks/editor/EditorPage')),
});

export const organizationRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'o/$orgId',
  component: Outlet,
});

const overviewRoute = createRoute({
  getParentRoute: () => organizationRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./pages/organization/OverviewPage')),
});

const directoryRoute = createRoute({
  getParentRoute: () => organizationRoute,
  path: 'directory',
  component: lazyRouteComponent(() => import('./pages/organization/DirectoryPage')),
});

const profileRoute = createRoute({
  getParentRoute: () => organizationRoute,
  path: 'profile',
  component: lazyRouteComponent(() => import('./pages/organization/ProfilePage')),
});

const CycleStepPage = lazy(() => import('./pages/organization/CycleStepPage'));
const CurrentPlanPage = lazy(() => import('./pages/plans/CurrentPlanPage'));
const cycleRoutes = cycleSteps
  .filter((step) => !step.available)
  .map((step) =>
    createRoute({
      getParentRoute: () => organizationRoute,
      path: step.path,
      component: () => <CycleStepPage step={step.key} />,
    }),
  );

const planStepRoutes = (['direction', 'plan'] as const).map((step) =>
  createRoute({
    getParentRoute: () => organizationRoute,
    path: step,
    component: () => <CurrentPlanPage step={step} />,
  }),
);

export const planTabs = ['direction', 'needs', 'plan', 'signatures', 'history', 'checks'] as const;
export type PlanTab = (typeof planTabs)[number];

const planRoutes = [
  ...planStepRoutes,
  createRoute({
    getParentRoute: () => organizationRoute,
    path: 'plans',
    component: lazyRouteComponent(() => import('./pages/plans/PlansPage')),
  }),
  createRoute({
    getParentRoute: () => organizationRoute,
    path: 'plans/$planId',
    // `focus` is a check's path ("plan/strategy/<id>"): the workspace opens that tab and scrolls to the item.
    validateSearch: (search: Record<string, unknown>): { tab?: PlanTab; focus?: string } => ({
      ...((planTabs as readonly unknown[]).includes(search.tab) ? { tab: search.tab as PlanTab } : {}),
      ...(typeof search.focus === 'string' ? { focus: search.focus } : {}),
    }),
    component: lazyRouteComponent(() => import('./pages/plans/PlanWorkspace')),
  }),
  createRoute({
    getParentRoute: () => organizationRoute,
    path: 'network-plans',
    component: lazyRouteComponent(() => import('./pages/plans/network/NetworkPlansPage')),
  }),
];

const periodSearch = (search: Record<string, unknown>): { period?: string } =>
  typeof search.period === 'string' ? { period: search.period } : {};

/** Step 4 and 5 of the cycle: monthly status, figures, measures and data, supports, adjustments, reports. */
const monitoringRoutes = [
  createRoute({
    getParentRoute: () => organizationRoute,
    path: 'monitor',
    component: lazyRouteComponent(() => import('./pages/monitoring/MonitorPage')),
  }),
  createRoute({
    getParentRoute: () => organizationRoute,
    path: 'status',
    validateSearch: (
      search: Record<string, unknown>,
    ): { period?: string; scope?: 'mine' | 'team' | 'all'; team?: string } => ({
      ...periodSearch(search),
      ...(search.scope === 'mine' || search.scope === 'team' || search.scope === 'all'
        ? { scope: search.scope }
        : {}),
      ...(typeof search.team === 'string' ? { team: search.team } : {}),
    }),
    component: lazyRouteComponent(() => import('./pages/monitoring/StatusPage')),
  }),
  createRoute({
    getParentRoute: () => organizationRoute,
    path: 'implementation',
    validateSearch: periodSearch,
    component: lazyRouteComponent(() => import('./pages/monitoring/ImplementationPage')),
  }),
  createRoute({
    getParentRoute: () => organizationRoute,
    path: 'reporting-calendar',
    component: lazyRouteComponent(() => import('./pages/monitoring/CalendarPage')),
  }),
  createRoute({
    getParentRoute: () => organizationRoute,
    path: 'measures',
    component: lazyRouteComponent(() => import('./pages/performance/MeasuresPage')),
  }),
  createRoute({
    getParentRoute: () => organizationRoute,
    path: 'metrics',
    component: lazyRouteComponent(() => import('./pages/performance/MetricsPage')),
  }),
  createRoute({
    getParentRoute: () => organizationRoute,
    path: 'data',
    validateSearch: (search: Record<string, unknown>): { metricId?: string } =>
      typeof search.metricId === 'string' ? { metricId: search.metricId } : {},
    component: lazyRouteComponent(() => import('./pages/performance/DataPage')),
  }),
  createRoute({
    getParentRoute: () => organizationRoute,
    path: 'data/import',
    component: lazyRouteComponent(() => import('./pages/performance/ImportPage')),
  }),
  createRoute({
    getParentRoute: () => organizationRoute,
    path: 'adjust',
    component: lazyRouteComponent(() => import('./pages/supports/AdjustmentsPage')),
  }),
  createRoute({
    getParentRoute: () => organizationRoute,
    path: 'supports',
    // The inbox links to one support with ?support=<id>.
    validateSearch: (search: Record<string, unknown>): { support?: string } =>
      typeof search.support === 'string' ? { support: search.support } : {},
    component: lazyRouteComponent(() => import('./pages/supports/SupportsPage')),
  }),
  createRoute({
    getParentRoute: () => organizationRoute,
    path: 'reports',
    validateSearch: periodSearch,
    component: lazyRouteComponent(() => import('./pages/reports/QuarterlyReportPage')),
  }),
];

const assessmentRoutes = [
  createRoute({
    getParentRoute: () => organizationRoute,
    path: 'needs',
    component: lazyRouteComponent(() => import('./pages/assessments/NeedsPage')),
  }),
  createRoute({
    getParentRoute: () => organizationRoute,
    path: 'assessments/new',
    component: lazyRouteComponent(() => import('./pages/assessments/NewAssessmentPage')),
  }),
  createRoute({
    getParentRoute: () => organizationRoute,
    path: 'assessments/$assessmentId',
    validateSearch: (search: Record<string, unknown>): { tab?: 'ratings' | 'team' | 'consensus' } =>
      search.tab === 'ratings' || search.tab === 'team' || search.tab === 'consensus'
        ? { tab: search.tab }
        : {},
    component: lazyRouteComponent(() => import('./pages/assessments/AssessmentPage')),
  }),
  createRoute({
    getParentRoute: () => organizationRoute,
    path: 'assessments/$assessmentId/results',
    component: lazyRouteComponent(() => import('./pages/assessments/ResultsPage')),
  }),
  createRoute({
    getParentRoute: () => organizationRoute,
    path: 'network-assessments',
    component: lazyRouteComponent(() => import('./pages/assessments/NetworkAssessmentsPage')),
  }),
];

/** Administration pages take the organization id as a prop rather than reading the route themselves. */
function organizationPage(
  path: string,
  titleKey: string,
  load: () => Promise<{ default: React.ComponentType<{ organizationId: string }> }>,
) {
  const Page = lazy(load);
  return createRoute({
    getParentRoute: () => organizationRoute,
    path,
    component: () => <AdminRoute Page={Page} titleKey={titleKey} />,
  });
}

const adminRoutes = [
  organizationPage('people', 'shell.nav.people', () => import('./pages/admin/PeoplePage')),
  organizationPage('networks', 'shell.nav.networks', () => import('./pages/admin/NetworksPage')),
  organizationPage(
    'frameworks',
    'shell.nav.frameworks',
    () => import('./pages/frameworks/ManageFrameworksPage'),
  ),
  organizationPage('import', 'shell.nav.import', () => import('./pages/admin/ImportOrganizationsPage')),
  organizationPage('api-tokens', 'shell.nav.apiTokens', () => import('./pages/admin/ApiTokensPage')),
  organizationPage('audit', 'shell.nav.audit', () => import('./pages/admin/AuditPage')),
  organizationPage('outbox', 'shell.nav.outbox', () => import('./pages/admin/OutboxPage')),
];

const preferencesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'settings',
  component: lazyRouteComponent(() => import('./pages/settings/PreferencesPage')),
});

const inboxRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: 'inbox',
  component: lazyRouteComponent(() => import('./pages/inbox/InboxPage')),
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  setupRoute,
  signInRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  acceptInvitationRoute,
  signedInRoute.addChildren([
    apiReferenceRoute,
    inboxRoute,
    preferencesRoute,
    frameworkLibraryRoute,
    frameworkRoute,
    frameworkEditRoute,
    organizationRoute.addChildren([
      overviewRoute,
      directoryRoute,
      profileRoute,
      ...cycleRoutes,
      ...planRoutes,
      ...monitoringRoutes,
      ...assessmentRoutes,
      ...adminRoutes,
    ]),
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient: undefined! },
  defaultPreload: 'intent',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
