import type { Logger } from 'pino';
import type { Actor } from '../auth/actor';
import type { Config } from '../config';
import type { Database } from '../db/client';
import type { Mailer } from '../mail/mailer';

export type Services = { database: Database; config: Config; logger: Logger; mailer: Mailer };

export type AppEnv = {
  Variables: {
    services: Services;
    requestId: string;
    actor: Actor | null;
  };
};
