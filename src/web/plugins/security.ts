import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { Config } from '../../config/config.ts';

/** Strict CSP (no inline script or style, nothing from elsewhere), security headers, and a rate limit on writes. */
export async function registerSecurity(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: config.publicUrl.startsWith('https:'),
  });
  // Registered before the plugin so its own onRoute hook sees the setting.
  // Writes (POST, PATCH, PUT, DELETE) share one limit per client; reads are not limited here.
  app.addHook('onRoute', (route) => {
    const methods = ([] as string[]).concat(route.method);
    if (methods.some((m) => ['POST', 'PATCH', 'PUT', 'DELETE'].includes(m))) {
      const own = (route.config as { rateLimit?: unknown } | undefined)?.rateLimit; // e.g. the stricter sign-in limit
      route.config = { ...(route.config as object), rateLimit: own ?? { max: config.rateLimitWritesPerMinute, timeWindow: '1 minute' } } as never;
    }
  });
  await app.register(rateLimit, {
    global: false,
    max: config.rateLimitWritesPerMinute,
    timeWindow: '1 minute',
  });
}
