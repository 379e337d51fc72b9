import { admin } from './en/admin';
import { app } from './en/app';
import { assessments } from './en/assessments';
import { auth } from './en/auth';
import { directory } from './en/directory';
import { frameworks } from './en/frameworks';
import { planNeeds } from './en/planNeeds';
import { planNetwork } from './en/planNetwork';
import { planReview } from './en/planReview';
import { plans } from './en/plans';
import { planTree } from './en/planTree';
import { shell } from './en/shell';

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
};
