import type { FastifyInstance } from 'fastify';
import { createDb } from '@muster/db';
import { ConfigError, loadConfig, type Config } from './config.ts';

/** `pnpm start`: the configured server on one port, with the built web app. */
async function main() {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Muster cannot start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }

  // Signals are handled from the first moment, before the database directory even exists: a TERM
  // during the first start's migrations and seeding waits for them to finish, then closes the
  // database cleanly, so PGlite's files stay whole.
  // Assigned below, before any await: a signal is handled only once the event loop turns.
  // eslint-disable-next-line prefer-const -- declared before the handler that reads it, assigned after
  let building!: Promise<FastifyInstance>;
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1); // A second signal while closing: stop waiting.
    closing = true;
    building
      .then(async (app) => {
        app.log.info({ signal }, 'shutting down');
        await app.close();
        process.exit(0);
      })
      .catch(() => process.exit(1));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  // Opening PGlite is mostly WebAssembly compilation, which runs off the main thread: start it
  // first, and load the rest of the app meanwhile.
  const opening = createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  opening.catch(() => {}); // reported through buildApp below
  building = import('./app.ts').then(({ buildApp }) => buildApp(config, { opening }));

  const app = await building.catch((error: Error) => {
    console.error(`Muster cannot start: ${describeStartFailure(error, config)}`);
    process.exit(1);
  });
  if (closing) return;
  // MUSTER_BENCH_BARE_ROUTE=1 (`pnpm bench:load` sets it; never set it in a deployment): GET
  // /__bench/bare answers a small JSON with no database or GraphQL behind it, through the same
  // hooks as every route, the ceiling the load benchmark measures the real routes against.
  if (process.env.MUSTER_BENCH_BARE_ROUTE === '1') app.get('/__bench/bare', async () => ({ status: 'ok' }));
  await app.listen({ port: config.port, host: config.host });
}

function describeStartFailure(error: Error & { code?: string }, config: Config): string {
  if (error.code === 'EADDRINUSE') return `port ${config.port} is in use; set PORT to a free port.`;
  return error.message;
}

await main();
