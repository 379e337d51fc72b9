/** The needs assessment tab: elements, SWOT, root causes and priority areas. */
export const planNeeds = {};
