import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { contextFor, sendPage, type PageDeps } from '../page.ts';
import { TopicPage } from '../../views/topic.tsx';
import { textOf } from '../../views/text.tsx';
import { organisationTypeLabel } from '../../views/labels.ts';
import { organisationJsonLd } from '../../../domain/exchange/json-ld.ts';
import { prefersJsonLd } from '../content-negotiation.ts';

export function organisationPages(deps: PageDeps) {
  const { services } = deps;
  return async (app: FastifyInstance) => {
    app.get<{ Params: { lang: string; id: string } }>('/:lang/organisations/:id', { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const org = await services.organisations.get(req.params.id);
      reply.header('vary', 'Accept');
      if (prefersJsonLd(req.headers.accept)) {
        return reply.type('application/ld+json; charset=utf-8').send(JSON.stringify({ '@context': 'https://schema.org', ...organisationJsonLd(org, ctx.vocab, deps.publicUrl) }));
      }
      const list = await services.initiatives.list(req.actor, { organisation: org.id, limit: 12 });
      const country = org.country ? ctx.vocab.countryByM49.get(org.country) : undefined;
      const facts = h('p', { class: 'lead' }, [
        organisationTypeLabel(ctx.t, org.type),
        country ? ` · ${country.names[ctx.lang]}` : '',
        org.website ? [' · ', h('a', { href: org.website, rel: 'nofollow noopener' }, org.website)] : '',
      ]);
      return sendPage(reply, h(TopicPage, { ctx, title: textOf(ctx, org.name, org.originalLang as never), intro: facts, initiatives: list.items, total: list.total, listQuery: `organisation=${org.id}` }));
    });
  };
}
