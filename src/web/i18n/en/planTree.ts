/** The plan tab: strategies, measures, milestones and actions. */
export const planTree = {};
