import type { z } from 'zod';
import { errorSchema } from '../../shared/schemas/common';

export function json<T extends z.ZodType>(schema: T, description = 'OK') {
  return { content: { 'application/json': { schema } }, description };
}

export function body<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } };
}

const error = (description: string) => json(errorSchema, description);

/** The error responses every authenticated endpoint can give, in the API's one error shape. */
export const errors = {
  400: error('Bad input: each issue names the field and the reason'),
  401: error('Not signed in'),
  403: error('Not allowed'),
  404: error('Not found, or not visible to you'),
} as const;

export const writeErrors = {
  ...errors,
  409: error('Edit conflict: someone saved a newer version'),
  413: error('Request body too large'),
  415: error('Wrong content type'),
} as const;

export const security = [{ bearer: [] }];
