import type { Server as HttpServer } from 'node:http';
import { Server as NetServer } from 'node:net';
import { serve } from '@hono/node-server';
import { boot } from './boot';
import { loadConfig } from './config';
import { createApp } from './http/app';
import { startScheduler } from './jobs/scheduler';

const config = loadConfig();
const services = await boot(config);
const app = createApp(services);

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  services.logger.info({ url: `http://${info.address}:${info.port}` }, 'Throughline is serving');
});
const scheduler = startScheduler(services);

const httpServer = server as HttpServer;
/** After this long, connections still open are cut so a stuck client cannot hold the process. */
const drainDeadlineMs = 30_000;
let stopping = false;

/**
 * Stop accepting connections, let every request in flight finish (and its transaction commit), then close
 * the database. http's own close() would also cut connections whose request is waiting unread while the
 * server was busy, so listening stops first and idle connections are swept only after pending input is read.
 */
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  services.logger.info({ signal }, 'shutting down');
  // Jobs stop starting new work at once; the one in hand finishes and the lease is handed back below.
  const jobsStopped = scheduler?.stop();
  // Answers from now on close their connection, so keep-alive clients reconnect elsewhere.
  httpServer.prependListener('request', (_request, response) => response.setHeader('connection', 'close'));
  // Connections that arrived with the signal are accepted in the same poll phase; stop listening only after it.
  await new Promise((resolve) => setImmediate(resolve));
  const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(httpServer, () => resolve()));
  // Sweeping from setImmediate, a poll phase later, lets the requests already sent on those connections be read first.
  const sweep = setInterval(() => setImmediate(() => httpServer.closeIdleConnections()), 100);
  const deadline = setTimeout(() => {
    services.logger.warn('requests still open at the shutdown deadline; closing their connections');
    httpServer.closeAllConnections();
  }, drainDeadlineMs);
  await closed;
  clearInterval(sweep);
  clearTimeout(deadline);
  await jobsStopped;
  await services.database.close();
  services.logger.info('stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
