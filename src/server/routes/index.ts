import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/env';
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
import invitations from './invitations';
import networkAssessments from './network-assessments';
import networkPlans from './network-plans';
import networks from './networks';
import notifications from './notifications';
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
import setup from './setup';

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
  ]) {
    app.route('/', router);
  }
}
