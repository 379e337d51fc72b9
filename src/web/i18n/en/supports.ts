export const supports = {};
