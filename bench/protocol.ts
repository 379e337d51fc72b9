import type { Engine } from '../src/server/db/client';
import type { Generated } from './generate';

/** Messages between the measuring process and the server process it starts. */
export type FromServer =
  | { type: 'ready'; port: number; engine: Engine; generated: Generated }
  | { type: 'failed'; message: string }
  /** The server process's CPU time so far, in milliseconds (with PGlite, the database's work too). */
  | { type: 'cpu'; ms: number };

export type ToServer = { type: 'stop' } | { type: 'cpu' };
