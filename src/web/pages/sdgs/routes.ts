import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { NotFoundError } from '../../../domain/errors.ts';
import { contextFor, sendPage, type PageDeps } from '../page.ts';
import { IndexPage, TopicPage } from '../../views/topic.tsx';
import { SdgTargets } from './sdg-targets.tsx';

export function sdgPages(deps: PageDeps) {
  const { services } = deps;
  return async (app: FastifyInstance) => {
    app.get('/:lang/sdgs', { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const items = ctx.vocab.goals.map((g) => ({
        href: ctx.href(`/sdgs/${g.number}`),
        label: `${ctx.fmt.number(g.number)}. ${g.short[ctx.lang]}`,
        className: `sdg-${g.number}`,
      }));
      return sendPage(reply, h(IndexPage, { ctx, title: ctx.t('Sustainable Development Goals'), items }));
    });

    app.get<{ Params: { lang: string; goal: string } }>('/:lang/sdgs/:goal', { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const goal = /^\d{1,2}$/.test(req.params.goal) ? ctx.vocab.goal(Number(req.params.goal)) : undefined;
      if (!goal) throw new NotFoundError('SDG goal', req.params.goal);
      const list = await services.initiatives.list(req.actor, { sdg: goal.number, limit: 12 });
      const official = goal.title[ctx.lang] ?? goal.title.en;
      return sendPage(
        reply,
        h(TopicPage, {
          ctx,
          title: `${ctx.t('SDG {goal}', { goal: goal.number })}: ${goal.short[ctx.lang]}`,
          intro: official ? h('p', { class: 'lead' }, official) : undefined,
          initiatives: list.items,
          total: list.total,
          listQuery: `sdg=${goal.number}`,
          children: h(SdgTargets, { ctx, goal }),
        }),
      );
    });
  };
}
