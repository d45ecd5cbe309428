import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { NotFoundError } from '../../../domain/errors.ts';
import { contextFor, sendPage, type PageDeps } from '../page.ts';
import { TopicPage } from '../../views/topic.tsx';
import { CountryFacts } from './country-facts.tsx';
import { CountryIndexPage } from './country-index-page.tsx';
import { IndicatorPanel } from '../observatory/indicator-panel.tsx';
import { CountryPolicies } from './country-policies.tsx';
import { CountryParticipationPanel, countryParticipation } from './country-participation.tsx';

export function countryPages(deps: PageDeps) {
  const { services } = deps;
  return async (app: FastifyInstance) => {
    app.get('/:lang/countries', { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      return sendPage(reply, h(CountryIndexPage, { ctx }));
    });

    app.get<{ Params: { lang: string; iso3: string } }>('/:lang/countries/:iso3', { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const country = ctx.vocab.countryByIso3.get(req.params.iso3.toUpperCase());
      if (!country) throw new NotFoundError('country', req.params.iso3);
      if (req.params.iso3 !== country.iso3) return reply.redirect(ctx.href(`/countries/${country.iso3}`), 301);
      const [list, panel, policies] = await Promise.all([
        services.initiatives.list(req.actor, { country: country.iso3, limit: 12 }),
        services.indicators.countryPanel(country.m49),
        services.policies.countryProfile(req.actor, country.iso3),
      ]);
      const participation = await countryParticipation(services, country);
      const children = [h(CountryFacts, { ctx, country }), h(CountryPolicies, { ctx, country, data: policies }), h(IndicatorPanel, { ctx, rows: panel }), h(CountryParticipationPanel, { ctx, data: participation })];
      return sendPage(reply, h(TopicPage, { ctx, title: country.names[ctx.lang], initiatives: list.items, total: list.total, listQuery: `country=${country.iso3}`, children }));
    });
  };
}
