import { z } from 'zod';
import { version } from './common';

/** How the signed-in person wants to hear from Throughline. */
export const preferences = z.object({
  dailyDigest: z
    .boolean()
    .describe('One email a day listing unread notifications, instead of an email for each notification.'),
  /** Null until the person first saves their preferences (the defaults apply). */
  version: z.number().int().nullable(),
});
export type Preferences = z.infer<typeof preferences>;

export const setPreferencesInput = z.object({
  dailyDigest: z.boolean(),
  /** The version being replaced, or absent when the person has never saved preferences. */
  version: version.optional(),
});
export type SetPreferencesInput = z.infer<typeof setPreferencesInput>;
