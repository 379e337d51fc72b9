import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/env';
import actionStatus from './action-status';
import adjustments from './adjustments';
import apiTokens from './api-tokens';
import assessmentExports from './assessment-exports';
import assessmentRatings from './assessment-ratings';
import assessmentResults from './assessment-results';
import assessments from './assessments';
import audit from './audit';
import auth from './auth';
import coachingQuestions from './coaching-questions';
import frameworkAvailability from './framework-availability';
import frameworks from './frameworks';
import health from './health';
import implementation from './implementation';
import invitations from './invitations';
import measureProgress from './measure-progress';
import metrics from './metrics';
import milestoneReviews from './milestone-reviews';
import networkAssessments from './network-assessments';
import networkPlans from './network-plans';
import networks from './networks';
import notifications from './notifications';
import observationImports from './observation-imports';
import observations from './observations';
import organizationImport from './organization-import';
import organizations from './organizations';
import outbox from './outbox';
import people from './people';
import planChecks from './plan-checks';
import planComments from './plan-comments';
import planExports from './plan-exports';
import planItems from './plan-items';
import planSignatures from './plan-signatures';
import planVersions from './plan-versions';
import plans from './plans';
import preferences from './preferences';
import quarterlyReports from './quarterly-reports';
import reportingCalendar from './reporting-calendar';
import setup from './setup';
import supports from './supports';

export function registerRoutes(app: OpenAPIHono<AppEnv>) {
  for (const router of [
    health,
    setup,
    auth,
    organizationImport,
    organizations,
    networks,
    people,
    invitations,
    apiTokens,
    audit,
    outbox,
    assessments,
    assessmentRatings,
    assessmentResults,
    assessmentExports,
    networkAssessments,
    frameworks,
    frameworkAvailability,
    coachingQuestions,
    plans,
    planItems,
    planChecks,
    planVersions,
    planSignatures,
    planComments,
    notifications,
    planExports,
    networkPlans,
    reportingCalendar,
    actionStatus,
    implementation,
    milestoneReviews,
    metrics,
    observations,
    observationImports,
    measureProgress,
    adjustments,
    supports,
    quarterlyReports,
    preferences,
  ]) {
    app.route('/', router);
  }
}
