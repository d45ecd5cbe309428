import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import type { Services } from '../../../services.ts';
import type { Config } from '../../../config/config.ts';
import { NotFoundError, ValidationError } from '../../../domain/errors.ts';
import { AggregateQuery, CodeParams, GapQuery, ObservationQuery } from './schemas.ts';
import { presentAggregate, presentIndicator, presentObservation, presentOfficial, presentSeries } from './present.ts';

/** /api/v1/indicators: the catalogue, country observations, group aggregates and gaps. */
export function indicatorApi(services: Services, config: Config) {
  const ind = services.indicators;
  return async (app: FastifyInstance) => {
    const opts = { tags: ['indicators'] };

    app.get('/indicators', { schema: opts }, async () => ({
      items: (await ind.catalogue()).map((c) => presentIndicator(c.indicator, c.coverage, c.series, config.publicUrl)),
    }));

    app.get<{ Params: Static<typeof CodeParams> }>('/indicators/:code', { schema: { ...opts, params: CodeParams } }, async (req) => {
      const found = (await ind.catalogue()).find((c) => c.indicator.code === req.params.code);
      if (!found) throw new NotFoundError('indicator', req.params.code);
      return presentIndicator(found.indicator, found.coverage, found.series, config.publicUrl);
    });

    app.get<{ Params: Static<typeof CodeParams>; Querystring: Static<typeof ObservationQuery> }>(
      '/indicators/:code/observations',
      { schema: { ...opts, params: CodeParams, querystring: ObservationQuery } },
      async (req) => {
        const vocab = services.vocabulary.current();
        const q = req.query;
        let m49: string[] | undefined;
        if (q.country) {
          const c = vocab.countryByIso3.get(q.country);
          if (!c) throw new ValidationError([{ field: 'country', code: 'unknown-code', message: `${q.country} is not a known ISO alpha-3 country code` }]);
          m49 = [c.m49];
        }
        const items = await ind.observations(req.params.code, { ...q, m49 });
        const used = new Set(items.map((o) => o.seriesId));
        return { indicator: req.params.code, items: items.map((o) => presentObservation(o, vocab)), series: (await ind.series(req.params.code)).filter((s) => used.has(s.id)).map(presentSeries) };
      },
    );

    app.get<{ Params: Static<typeof CodeParams>; Querystring: Static<typeof AggregateQuery> }>(
      '/indicators/:code/aggregates',
      { schema: { ...opts, params: CodeParams, querystring: AggregateQuery } },
      async (req) => {
        const { group, year } = req.query;
        const r = await ind.aggregates(req.params.code, req.query);
        const official = r.official.map(presentOfficial);
        if (year !== undefined) {
          const one = r.computed[0];
          const empty = { year, value: null, method: req.query.method ?? 'population-weighted', countriesWithData: 0, members: ind.members(group).length, populationCoverage: 0 };
          return { ...(one ? presentAggregate(group, one) : { group, ...empty }), official: official[0] ?? null };
        }
        return { indicator: req.params.code, group, items: r.computed.map((a) => presentAggregate(group, a)), official };
      },
    );

    app.get<{ Params: Static<typeof CodeParams>; Querystring: Static<typeof GapQuery> }>(
      '/indicators/:code/gaps',
      { schema: { ...opts, params: CodeParams, querystring: GapQuery } },
      async (req) => {
        const vocab = services.vocabulary.current();
        const { group, breakdown } = req.query;
        const [gap, ranking] = await Promise.all([ind.gap(req.params.code, group, breakdown), ind.ranking(req.params.code, group, breakdown)]);
        return { indicator: req.params.code, group, gap: gap.points, change: gap.change, ranking: ranking.map((r) => ({ country: vocab.countryByM49.get(r.m49)?.iso3 ?? null, m49: r.m49, rank: r.rank, year: r.year, value: r.value })) };
      },
    );
  };
}
