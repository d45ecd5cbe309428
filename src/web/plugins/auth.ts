import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ADMIN_TOKEN_ACTOR, ANONYMOUS, type Actor } from '../../domain/access/access.ts';
import { UnauthenticatedError } from '../../domain/errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
  interface FastifyContextConfig {
    /** a POST that computes without writing (POST /api/v1/classify): anonymous callers may use it */
    allowAnonymous?: boolean;
  }
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Who is calling. Until accounts exist, the only credential is the bootstrap admin token
 * (LEAPFROG_ADMIN_TOKEN), compared in constant time. A wrong token is refused, not ignored.
 */
export function registerAuth(app: FastifyInstance, adminToken: string | undefined): void {
  const expected = adminToken ? digest(adminToken) : undefined;
  app.decorateRequest('actor', null as unknown as Actor);
  app.addHook('onRequest', async (req: FastifyRequest) => {
    req.actor = ANONYMOUS;
    const header = req.headers.authorization;
    if (!header) return;
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (m && expected && timingSafeEqual(digest(m[1]!), expected)) {
      req.actor = ADMIN_TOKEN_ACTOR;
      return;
    }
    throw new UnauthenticatedError('The bearer token is not valid');
  });
  // Default deny for API writes: an anonymous write is refused before its body is even read.
  app.addHook('onRequest', async (req: FastifyRequest) => {
    if (req.actor === ANONYMOUS && req.url.startsWith('/api/') && !['GET', 'HEAD', 'OPTIONS'].includes(req.method) && !req.routeOptions.config?.allowAnonymous) {
      throw new UnauthenticatedError('Writing needs a bearer token: Authorization: Bearer <token>');
    }
  });
}
