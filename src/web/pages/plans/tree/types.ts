import type { PlanTree } from '../../../../shared/schemas/plan';

export type Priority = PlanTree['priorities'][number];
export type Strategy = Priority['strategies'][number];
export type Milestone = Strategy['milestones'][number];
export type Action = Milestone['actions'][number];
