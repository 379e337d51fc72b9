/** The plan workspace: list, tabs, direction, checks and coaching. */
export const plans = {};
