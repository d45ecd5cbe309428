import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config/config.ts';
import { createServices, type Services } from '../../src/services.ts';
import { CLI_ACTOR } from '../../src/domain/access/access.ts';
import { freshDatabase, type DatabaseKind } from './databases.ts';
import { memoryMailer } from '../../src/mail/mailer.ts';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';
export const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };

export interface TestApp {
  app: FastifyInstance;
  services: Services;
  config: Config;
  /** Every email the app sent. */
  mailer: ReturnType<typeof memoryMailer>;
  close: () => Promise<void>;
}

/** The whole app on a fresh database of `kind`, optionally with the sample content loaded. */
export async function testApp(kind: DatabaseKind, opts: { sample?: boolean; config?: Partial<Config> } = {}): Promise<TestApp> {
  const db = await freshDatabase(kind);
  const config = loadConfig({}, { databaseUrl: db.url, adminToken: ADMIN_TOKEN, logLevel: 'silent', rateLimitWritesPerMinute: 10_000, rateLimitReadsPerMinute: 10_000, signInAttemptsPerMinute: 10_000, ...opts.config });
  const mailer = memoryMailer();
  // The search result cache only when a test asks for it (config.searchCache), so other tests see every write at once either way.
  const services = await createServices(db.store, { config, mailer, searchCache: opts.config?.searchCache ?? 0 });
  if (opts.sample) await services.sample.load(CLI_ACTOR);
  const app = await buildApp(config, services);
  await app.ready();
  return {
    app,
    services,
    config,
    mailer,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
