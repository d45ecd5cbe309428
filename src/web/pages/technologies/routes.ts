import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { NotFoundError } from '../../../domain/errors.ts';
import { contextFor, sendPage, type PageDeps } from '../page.ts';
import { IndexPage, TopicPage } from '../../views/topic.tsx';

export function technologyPages(deps: PageDeps) {
  const { services } = deps;
  return async (app: FastifyInstance) => {
    app.get('/:lang/technologies', { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const items = ctx.vocab.technologies.map((tech) => ({ href: ctx.href(`/technologies/${tech.slug}`), label: tech.labels[ctx.lang], extra: tech.description[ctx.lang] }));
      return sendPage(reply, h(IndexPage, { ctx, title: ctx.t('Technologies'), items }));
    });

    app.get<{ Params: { lang: string; slug: string } }>('/:lang/technologies/:slug', { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const tech = ctx.vocab.techBySlug.get(req.params.slug);
      if (!tech) throw new NotFoundError('technology', req.params.slug);
      const list = await services.initiatives.list(req.actor, { technology: tech.slug, limit: 12 });
      return sendPage(
        reply,
        h(TopicPage, { ctx, title: tech.labels[ctx.lang], intro: h('p', { class: 'lead' }, tech.description[ctx.lang]), initiatives: list.items, total: list.total, listQuery: `technology=${tech.slug}` }),
      );
    });
  };
}
