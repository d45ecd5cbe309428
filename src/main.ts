import pino from 'pino';
import { loadConfig, ConfigError } from './config/config.ts';
import { openDatabase } from './store/database.ts';
import { createServices } from './services.ts';
import { buildApp } from './app.ts';
import { CLI_ACTOR } from './domain/access/access.ts';

/** Starts Leapfrog: settings, database (migrated), vocabularies, sample content on first start, then HTTP. */
export async function serve(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const logger = pino({ level: config.logLevel });
  const store = openDatabase(config.databaseUrl);
  const services = await createServices(store, { config, searchWorkers: config.searchWorkers, searchCache: config.searchCache });
  if (config.loadSample) {
    const loaded = await services.sample.loadOnFirstStart(CLI_ACTOR);
    if (loaded) logger.info(loaded, 'sample content loaded (remove it with: npx leapfrog sample remove)');
  }
  const app = await buildApp(config, services, logger);
  await app.listen({ port: config.port, host: config.host });

  // Graceful shutdown: stop accepting, finish in-flight requests, close the database.
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    await app.close();
    await services.close();
    await store.close();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  serve().catch((err) => {
    process.stderr.write(`Leapfrog could not start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
