import { z } from 'zod';
import { limits } from '../limits';

/** Optional free text: trimmed, empty becomes null so "cleared" and "never set" look the same. */
export const optionalText = (max: number = limits.shortTextMax) =>
  z
    .string()
    .trim()
    .max(max, `Must be at most ${max} characters.`)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const requiredText = (max: number = limits.nameMax) =>
  z.string().trim().min(1, 'Required.').max(max, `Must be at most ${max} characters.`);

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(limits.emailMax)
  .pipe(z.email('Enter an email address like name@example.org.'));

export const id = z.uuid('Must be an id.');
export const version = z.number().int().positive();

export const idParam = z.object({ id });

export const errorSchema = z.object({
  error: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
});
