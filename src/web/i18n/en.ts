import { admin } from './en/admin';
import { app } from './en/app';
import { assessments } from './en/assessments';
import { auth } from './en/auth';
import { directory } from './en/directory';
import { frameworks } from './en/frameworks';
import { monitoring } from './en/monitoring';
import { performance } from './en/performance';
import { planNeeds } from './en/planNeeds';
import { planNetwork } from './en/planNetwork';
import { planReview } from './en/planReview';
import { plans } from './en/plans';
import { planTree } from './en/planTree';
import { reminders } from './en/reminders';
import { reports } from './en/reports';
import { shell } from './en/shell';
import { supports } from './en/supports';

/** English text, one module per area so each area's strings stay together. */
export const en = {
  app,
  admin,
  auth,
  shell,
  directory,
  frameworks,
  assessments,
  plans,
  planNeeds,
  planTree,
  planReview,
  planNetwork,
  monitoring,
  performance,
  supports,
  reports,
  reminders,
};
