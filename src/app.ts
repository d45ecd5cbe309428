import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import formbody from '@fastify/formbody';
import type { Config } from './config/config.ts';
import type { Services } from './services.ts';
import { useTypeBoxValidation } from './web/plugins/validation.ts';
import { registerProblemHandling } from './web/plugins/problem.ts';
import { registerAuth } from './web/plugins/auth.ts';
import { registerSecurity } from './web/plugins/security.ts';
import { registerPages, errorPageRenderer } from './web/pages/plugin.ts';
import type { PageDeps } from './web/pages/page.ts';
import { healthRoutes } from './web/api/health/routes.ts';
import { initiativeApi } from './web/api/initiatives/routes.ts';
import { policyApi } from './web/api/policies/routes.ts';
import { organisationApi } from './web/api/organisations/routes.ts';
import { vocabularyApi } from './web/api/vocabularies/routes.ts';
import { searchApi } from './web/api/search/routes.ts';
import { indicatorApi } from './web/api/indicators/routes.ts';
import { openDataApi } from './web/api/open-data/routes.ts';
import { feedRoutes } from './web/api/feeds/routes.ts';
import { registerOpenApi } from './web/plugins/openapi.ts';
import { registerReadApi } from './web/plugins/read-api.ts';
import { classifyApi } from './web/api/classify/routes.ts';
import { registerSessionPurge } from './web/plugins/session-purge.ts';

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: { method: string; url: string }[];
  }
}
import { participationApi } from './web/api/participation/routes.ts';
import { partnershipApi } from './web/api/partnerships/routes.ts';

const staticDir = fileURLToPath(new URL('../static/', import.meta.url));

/** `/static/app.css?v=<hash of its bytes>`: browsers may keep it for a year, and a change busts the cache. */
function versionedAssets(): PageDeps['assets'] {
  const hash = createHash('sha256').update(readFileSync(`${staticDir}app.css`)).digest('hex').slice(0, 10);
  return { css: `/static/app.css?v=${hash}` };
}

/**
 * Whether sample content is loaded, re-checked at most every 10 s (the CLI may remove it while we run).
 * `settled` waits for a check in flight, so closing the app never races the database being closed.
 */
function samplePresence(services: Services): { present: () => boolean; settled: () => Promise<unknown> } {
  let present = false;
  let checkedAt = 0;
  let pending: Promise<unknown> = Promise.resolve();
  const refresh = () => {
    checkedAt = Date.now();
    pending = services.sample.present().then(
      (p) => (present = p),
      () => undefined,
    );
  };
  refresh();
  return {
    present: () => {
      if (Date.now() - checkedAt > 10_000) refresh();
      return present;
    },
    settled: () => pending,
  };
}

/**
 * Builds the app without listening: main.ts listens, tests use `app.inject`.
 * Plugins in a fixed order: validation, errors, security, auth (and the session purge job), compression, static files, API, pages.
 */
export async function buildApp(config: Config, services: Services, logger?: FastifyBaseLogger): Promise<FastifyInstance> {
  const app = Fastify({ ...(logger ? { loggerInstance: logger } : { logger: false }), trustProxy: true, bodyLimit: 1_048_576, routerOptions: { ignoreTrailingSlash: false, maxParamLength: 200 } });
  const sample = samplePresence(services);
  const deps: PageDeps = { services, assets: versionedAssets(), samplePresent: sample.present, publicUrl: config.publicUrl };
  app.addHook('onClose', async () => {
    await sample.settled();
  });

  // Every route, as registered: the route × role access test walks this list, so no route goes unchecked.
  const routeTable: { method: string; url: string }[] = [];
  app.addHook('onRoute', (r) => {
    for (const method of ([] as string[]).concat(r.method)) if (method !== 'HEAD') routeTable.push({ method, url: r.url });
  });
  app.decorate('routeTable', routeTable);
  useTypeBoxValidation(app);
  registerProblemHandling(app, errorPageRenderer(deps));
  await registerSecurity(app, config);
  await registerAuth(app, config, services);
  registerSessionPurge(app, services, config.sessionPurgeSeconds);
  await registerOpenApi(app, config);
  registerReadApi(app);
  await app.register(compress, { encodings: ['br', 'gzip'], threshold: 1024 });
  await app.register(formbody);
  await app.register(fastifyStatic, {
    root: staticDir,
    prefix: '/static/',
    cacheControl: false,
    setHeaders: (reply) => {
      reply.header('cache-control', 'public, max-age=31536000, immutable');
    },
  });

  await app.register(healthRoutes(services));
  await app.register(
    async (api) => {
      await api.register(initiativeApi(services, config));
      await api.register(policyApi(services, config));
      await api.register(organisationApi(services));
      await api.register(vocabularyApi(services));
      await api.register(searchApi(services, config));
      await api.register(indicatorApi(services, config));
      await api.register(openDataApi(services, config));
      await api.register(classifyApi(services, config));
      await api.register(participationApi(services));
      await api.register(partnershipApi(services));
    },
    { prefix: '/api/v1' },
  );
  await app.register(feedRoutes(services, config));
  await registerPages(app, deps, config);
  return app;
}
