import { admin } from './en/admin';
import { app } from './en/app';

/** English text, one module per area so each area's strings stay together. */
export const en = { app, admin };
