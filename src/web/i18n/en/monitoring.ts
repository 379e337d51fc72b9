export const monitoring = {};
