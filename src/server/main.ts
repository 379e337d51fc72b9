import { serve } from '@hono/node-server';
import { boot } from './boot';
import { loadConfig } from './config';
import { createApp } from './http/app';

const config = loadConfig();
const services = await boot(config);
const app = createApp(services);

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  services.logger.info({ url: `http://${info.address}:${info.port}` }, 'Throughline is serving');
});

let stopping = false;
/** Stop accepting connections, let every request in flight finish (and its transaction commit), then close the database. */
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  services.logger.info({ signal }, 'shutting down');
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await services.database.close();
  services.logger.info('stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
