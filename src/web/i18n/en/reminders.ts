export const reminders = {};
