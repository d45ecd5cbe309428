import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

// A well-behaved read API: ETag / Last-Modified with 304, CORS for GET (never for writes), and `Link`
// pagination headers. Rate limits live with the other limits in security.ts.

const isOpenRead = (req: FastifyRequest) => (req.method === 'GET' || req.method === 'HEAD') && (req.url.startsWith('/api/') || req.url.startsWith('/feeds/'));

/** True when the request's validators match the response's: answer 304. */
function notModified(req: FastifyRequest, reply: FastifyReply): boolean {
  const etag = reply.getHeader('etag') as string | undefined;
  const inm = req.headers['if-none-match'];
  if (inm && etag) return inm.split(',').some((t) => t.trim() === etag || t.trim() === '*' || t.trim() === `W/${etag}`);
  const lm = reply.getHeader('last-modified') as string | undefined;
  const ims = req.headers['if-modified-since'];
  if (ims && lm) return Date.parse(lm) <= Date.parse(ims);
  return false;
}

/** The strong ETag of a representation (a route that keeps a finished body keeps its ETag with it). */
export const jsonEtag = (body: string | Buffer): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** Registered before compression, so the ETag names the uncompressed representation. */
export function registerReadApi(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if (!isOpenRead(req)) return payload;
    reply.header('access-control-allow-origin', '*');
    reply.header('access-control-expose-headers', 'ETag, Last-Modified, Link, Retry-After, Content-Language, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset');
    if (reply.statusCode !== 200) return payload;
    if (!reply.getHeader('etag') && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
      reply.header('etag', jsonEtag(payload));
    }
    if (!reply.getHeader('cache-control')) reply.header('cache-control', 'public, max-age=0, must-revalidate');
    if (notModified(req, reply)) {
      reply.code(304);
      reply.removeHeader('content-type');
      reply.removeHeader('content-length');
      return '';
    }
    return payload;
  });
  // CORS preflight: cross-origin pages may read, never write (no Authorization header allowed).
  app.options('/api/*', { schema: { hide: true } }, async (_req, reply) =>
    reply
      .code(204)
      .header('access-control-allow-origin', '*')
      .header('access-control-allow-methods', 'GET, HEAD')
      .header('access-control-allow-headers', 'Accept, Accept-Language, If-None-Match, If-Modified-Since')
      .header('access-control-max-age', '86400')
      .send(),
  );
}

/** RFC 8288 `Link` header for a paged list: first, prev, next, last, keeping the other query parameters. */
export function setPaginationLinks(req: FastifyRequest, reply: FastifyReply, page: number, limit: number, total: number): void {
  const [path, qs = ''] = req.url.split('?');
  const last = Math.max(1, Math.ceil(total / limit));
  const href = (p: number) => {
    const params = new URLSearchParams(qs);
    params.set('page', String(p));
    params.set('limit', String(limit));
    return `<${path}?${params}>`;
  };
  const links = [`${href(1)}; rel="first"`, `${href(last)}; rel="last"`];
  if (page > 1) links.push(`${href(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) links.push(`${href(page + 1)}; rel="next"`);
  reply.header('link', links.join(', '));
}

/** Last-Modified from a record's ISO timestamp. */
export function setLastModified(reply: FastifyReply, iso: string): void {
  reply.header('last-modified', new Date(iso).toUTCString());
}
