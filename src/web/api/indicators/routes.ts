import type { FastifyInstance } from 'fastify';
import type { Static, TSchema } from '@sinclair/typebox';
import type { Services } from '../../../services.ts';
import type { Config } from '../../../config/config.ts';
import { NotFoundError, ValidationError } from '../../../domain/errors.ts';
import { AggregateQuery, AggregateSchema, CodeParams, GapQuery, GapSchema, IndicatorListSchema, IndicatorSchema, ObservationListSchema, ObservationQuery } from './schemas.ts';
import { problemResponses } from '../responses.ts';
import { stringify } from 'csv-stringify/sync';
import { negotiate } from '../../../i18n/i18n.ts';
import { OBSERVATION_COLUMNS, observationRows } from '../../../domain/exchange/indicator-csv.ts';
import { presentAggregate, presentIndicator, presentObservation, presentOfficial, presentSeries } from './present.ts';

/** /api/v1/indicators: the catalogue, country observations (JSON and CSV), group aggregates and gaps. */
export function indicatorApi(services: Services, config: Config) {
  const ind = services.indicators;
  return async (app: FastifyInstance) => {
    const opts = (summary: string, ok: TSchema) => ({ summary, tags: ['indicators'], response: { 200: ok, ...problemResponses } });

    app.get('/indicators', { schema: opts('The indicator catalogue, with coverage and imported series', IndicatorListSchema) }, async () => ({
      items: (await ind.catalogue()).map((c) => presentIndicator(c.indicator, c.coverage, c.series, config.publicUrl)),
    }));

    app.get<{ Params: Static<typeof CodeParams> }>('/indicators/:code', { schema: { ...opts('One indicator of the catalogue', IndicatorSchema), params: CodeParams } }, async (req) => {
      const found = (await ind.catalogue()).find((c) => c.indicator.code === req.params.code);
      if (!found) throw new NotFoundError('indicator', req.params.code);
      return presentIndicator(found.indicator, found.coverage, found.series, config.publicUrl);
    });

    /** The observations a query asks for (the country as ISO alpha-3, 400 naming it when unknown). */
    const observationsOf = (code: string, q: Static<typeof ObservationQuery>) => {
      let m49: string[] | undefined;
      if (q.country) {
        const c = services.vocabulary.current().countryByIso3.get(q.country);
        if (!c) throw new ValidationError([{ field: 'country', code: 'unknown-code', message: `${q.country} is not a known ISO alpha-3 country code` }]);
        m49 = [c.m49];
      }
      return ind.observations(code, { ...q, m49 });
    };

    app.get<{ Params: Static<typeof CodeParams>; Querystring: Static<typeof ObservationQuery> }>(
      '/indicators/:code/observations',
      { schema: { ...opts('Country observations of an indicator, by country and year', ObservationListSchema), params: CodeParams, querystring: ObservationQuery } },
      async (req) => {
        const vocab = services.vocabulary.current();
        const items = await observationsOf(req.params.code, req.query);
        const used = new Set(items.map((o) => o.seriesId));
        return { indicator: req.params.code, items: items.map((o) => presentObservation(o, vocab)), series: (await ind.series(req.params.code)).filter((s) => used.has(s.id)).map(presentSeries) };
      },
    );

    app.get<{ Params: Static<typeof CodeParams>; Querystring: Static<typeof ObservationQuery> }>(
      '/indicators/:code/observations.csv',
      {
        schema: {
          summary: 'Country observations of an indicator as a CSV file',
          description: `The same rows and filters as the JSON observations, one per country, year and breakdown, columns ${OBSERVATION_COLUMNS.join(', ')}; each row names its source series, publisher and licence. Country and unit labels in the language of Accept-Language.`,
          params: CodeParams,
          querystring: ObservationQuery,
          tags: ['indicators'],
          response: { 200: { description: 'The CSV file (UTF-8 with a byte order mark)', content: { 'text/csv': { schema: { type: 'string' }, example: `${OBSERVATION_COLUMNS.join(',')}\n17.8.1,FJI,Fiji,242,2022,…\n` } } }, ...problemResponses },
        },
      },
      async (req, reply) => {
        const indicator = ind.indicator(req.params.code);
        const lang = negotiate(req.headers['accept-language']);
        const [items, series] = await Promise.all([observationsOf(indicator.code, req.query), ind.series(indicator.code)]);
        const rows = observationRows(indicator, items, series, services.vocabulary.current(), lang);
        return reply
          .header('content-disposition', `attachment; filename="leapfrog-indicator-${indicator.code}.csv"`)
          .header('content-language', lang)
          .header('vary', 'Accept-Language')
          .type('text/csv; charset=utf-8')
          .send(stringify(rows, { header: true, columns: [...OBSERVATION_COLUMNS], bom: true }));
      },
    );

    app.get<{ Params: Static<typeof CodeParams>; Querystring: Static<typeof AggregateQuery> }>(
      '/indicators/:code/aggregates',
      { schema: { ...opts('Group aggregates of an indicator, with coverage, and published aggregates beside them', AggregateSchema), params: CodeParams, querystring: AggregateQuery } },
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
      { schema: { ...opts("A group's gap to the world over time, and its countries ranked", GapSchema), params: CodeParams, querystring: GapQuery } },
      async (req) => {
        const vocab = services.vocabulary.current();
        const { group, breakdown } = req.query;
        const [gap, ranking] = await Promise.all([ind.gap(req.params.code, group, breakdown), ind.ranking(req.params.code, group, breakdown)]);
        return { indicator: req.params.code, group, gap: gap.points, change: gap.change, ranking: ranking.map((r) => ({ country: vocab.countryByM49.get(r.m49)?.iso3 ?? null, m49: r.m49, rank: r.rank, year: r.year, value: r.value })) };
      },
    );
  };
}
