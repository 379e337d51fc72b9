export const performance = {};
