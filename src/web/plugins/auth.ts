import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import { ADMIN_TOKEN_ACTOR, ANONYMOUS, type Actor } from '../../domain/access/access.ts';
import { ForbiddenError, UnauthenticatedError } from '../../domain/errors.ts';
import type { Config } from '../../config/config.ts';
import type { Services } from '../../services.ts';
import { isApi } from './problem.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    /** The secret session id from the cookie, when the request came with one that is valid. */
    sessionId?: string;
    /** A CSRF token for forms on this page (sets the CSRF secret cookie on first use). */
    csrfToken: () => string;
  }
  interface FastifyContextConfig {
    /** a POST that computes without writing (POST /api/v1/classify): anonymous callers may use it */
    allowAnonymous?: boolean;
  }
}

export const SESSION_COOKIE = 'lf_session';
const digest = (s: string) => createHash('sha256').update(s).digest();
const isWrite = (req: FastifyRequest) => !['GET', 'HEAD', 'OPTIONS'].includes(req.method);

/** Cookie options shared by the session cookie: HttpOnly, SameSite=Lax, Secure when configured. */
export function sessionCookieOptions(config: Config, maxAgeSeconds?: number) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.secureCookies, ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}) };
}

/**
 * Who is calling, decided once per request:
 * - the API takes `Authorization: Bearer` — the bootstrap admin token (constant-time compare) or a user's
 *   API token (its scope kept on the actor); a wrong token is refused, not ignored;
 * - pages take the session cookie (the API ignores cookies, so it needs no CSRF protection);
 * - every page POST must carry the CSRF token of its form.
 */
export async function registerAuth(app: FastifyInstance, config: Config, services: Services): Promise<void> {
  const expected = config.adminToken ? digest(config.adminToken) : undefined;
  await app.register(cookie);
  await app.register(csrf, { cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', secure: config.secureCookies } });
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('sessionId', undefined);
  app.decorateRequest('csrfToken', null as unknown as () => string);

  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    req.actor = ANONYMOUS;
    let token: string | undefined;
    req.csrfToken = () => (token ??= reply.generateCsrf());
    const header = req.headers.authorization;
    if (header) {
      const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      if (bearer && expected && timingSafeEqual(digest(bearer), expected)) {
        req.actor = ADMIN_TOKEN_ACTOR;
        return;
      }
      const actor = bearer ? await services.tokens.actorFor(bearer) : undefined;
      if (!actor) throw new UnauthenticatedError('The bearer token is not valid');
      req.actor = actor;
      return;
    }
    const session = !isApi(req) ? req.cookies[SESSION_COOKIE] : undefined;
    if (session) {
      const actor = await services.accounts.sessionActor(session);
      if (actor) {
        req.actor = actor;
        req.sessionId = session;
      } else reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(config));
    }
  });

  // Default deny for API writes: refused before the body is even read.
  app.addHook('onRequest', async (req: FastifyRequest) => {
    if (!isApi(req) || !isWrite(req)) return;
    if (req.actor === ANONYMOUS && req.routeOptions.config?.allowAnonymous) return; // computes, writes nothing (POST /api/v1/classify)
    if (req.actor === ANONYMOUS) throw new UnauthenticatedError('Writing needs a bearer token: Authorization: Bearer <token>');
    if (req.actor.scope === 'read') throw new ForbiddenError('This token may only read: create a token with scope write');
  });

  // Every form POST carries its CSRF token (checked after the body is parsed: it travels in the form).
  app.addHook('preHandler', (req, reply, done) => {
    if (isApi(req) || !isWrite(req)) return done();
    app.csrfProtection(req, reply, done);
  });
}
