import { afterAll, beforeAll } from 'vitest';
import type { Engine } from '../../src/server/db/client';
import { type App, createApp } from '../../src/server/http/app';
import type { Services } from '../../src/server/http/env';
import { TestClient } from './client';
import { createTestServices } from './database';

export type Harness = { app: App; services: Services; client(): TestClient };

/** Gives a describe block its own migrated database and app for the given engine. */
export function useHarness(engine: Engine): Harness {
  const harness = {} as Harness;
  let drop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const test = await createTestServices(engine);
    drop = test.drop;
    harness.services = test.services;
    harness.app = createApp(test.services);
    harness.client = () => new TestClient(harness.app);
  });
  afterAll(() => drop());
  return harness;
}
