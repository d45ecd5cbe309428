import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { negotiate } from '../../../i18n/i18n.ts';
import { contextFor, langOf, sendPage, type PageDeps } from '../page.ts';
import { HomePage } from './home-page.tsx';

export function homePages(deps: PageDeps) {
  return async (app: FastifyInstance) => {
    // `/` sends the reader to their language; `Vary` tells caches the answer depends on it.
    app.get('/', { schema: { hide: true } }, async (req, reply) => {
      const lang = negotiate(req.headers['accept-language']);
      return reply.header('vary', 'Accept-Language').redirect(`/${lang}/`, 302);
    });
    app.get('/:lang', { schema: { hide: true } }, async (req, reply) => reply.redirect(`/${langOf(req)}/`, 301));
    app.get('/:lang/', { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const [counts, latest] = await Promise.all([deps.services.initiatives.counts(req.actor), deps.services.initiatives.list(req.actor, { limit: 6 })]);
      return sendPage(reply, h(HomePage, { ctx, data: { counts, latest: latest.items } }));
    });
  };
}
