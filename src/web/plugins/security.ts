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
  // Writes (POST, PATCH, PUT, DELETE) share one limit per client; API and feed reads another (429 with Retry-After);
  // pages are not limited here. A route that sets its own limit keeps it (sign-in forms; POST /api/v1/classify,
  // a read that costs CPU: LEAPFROG_RATE_LIMIT_CLASSIFY).
  app.addHook('onRoute', (route) => {
    const methods = ([] as string[]).concat(route.method);
    if (methods.some((m) => ['POST', 'PATCH', 'PUT', 'DELETE'].includes(m))) {
      const own = (route.config as { rateLimit?: unknown } | undefined)?.rateLimit; // e.g. the stricter sign-in limit
      route.config = { ...(route.config as object), rateLimit: own ?? { max: config.rateLimitWritesPerMinute, timeWindow: '1 minute' } } as never;
    } else if (methods.includes('GET') && (route.url.startsWith('/api/') || route.url.startsWith('/feeds/'))) {
      route.config = { ...(route.config as object), rateLimit: { max: config.rateLimitReadsPerMinute, timeWindow: '1 minute' } } as never;
    }
  });
  await app.register(rateLimit, {
    global: false,
    max: config.rateLimitWritesPerMinute,
    timeWindow: '1 minute',
  });
}
