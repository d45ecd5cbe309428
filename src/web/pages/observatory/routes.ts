import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { h } from 'preact';
import { Type, type Static } from '@sinclair/typebox';
import { contextFor, sendPage, type PageDeps } from '../page.ts';
import { dropEmptyParams } from '../clean-query.ts';
import { CodeParams } from '../../api/indicators/schemas.ts';
import { renderChoropleth } from '../../../viz/choropleth.tsx';
import { SvgCache } from '../../../viz/svg-cache.ts';
import { INDICATORS } from '../../../domain/indicator/catalogue.ts';
import { ObservatoryHomePage } from './observatory-home-page.tsx';
import { IndicatorPage } from './indicator-page.tsx';
import { ImportPage } from './import-page.tsx';
import { loadIndicatorPage } from './indicator-page-data.ts';
import { valueFormatter } from './indicator-format.ts';

const PageParams = Type.Object({ lang: Type.String(), code: CodeParams.properties.code });
const PageQuery = Type.Object(
  {
    year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2100 })),
    group: Type.Optional(Type.String({ pattern: '^([A-Z]{3,5}|\\d{3})$' })),
    breakdown: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9 _=;.+-]{1,120}$' })),
  },
  { additionalProperties: false },
);
const MAX_UPLOAD = 50 * 1024 * 1024;
interface UploadedFile {
  name: string;
  text: string;
}

/** /{lang}/observatory: home, indicator pages, their maps as cached SVG files, and the admin import page. */
export function observatoryPages(deps: PageDeps) {
  const { services } = deps;
  const maps = new SvgCache();
  return async (app: FastifyInstance) => {
    // Fields (with the file as a Buffer) land on req.body, so the CSRF check reads `_csrf` like any form.
    await app.register(multipart, {
      attachFieldsToBody: 'keyValues',
      limits: { fileSize: MAX_UPLOAD, files: 1, fields: 10 },
      async onFile(part) {
        (part as unknown as { value: UploadedFile }).value = { name: part.filename, text: (await part.toBuffer()).toString('utf8') };
      },
    });

    app.get('/:lang/observatory', { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const items = await services.indicators.catalogue();
      const internet = INDICATORS[0]!;
      const gaps = await Promise.all(['LDC', 'LLDC', 'SIDS', 'EIT'].map(async (group) => ({ group, last: (await services.indicators.gap(internet.code, group)).points.at(-1) })));
      return sendPage(reply, h(ObservatoryHomePage, { ctx, data: { items, headline: { indicator: internet, gaps } } }));
    });

    app.get('/:lang/observatory/import', { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      services.indicators.assertCanImport(req.actor);
      return sendPage(reply, h(ImportPage, { ctx }));
    });

    // The report is the answer to the POST itself: it lists rejected lines that a redirect could not carry.
    app.post('/:lang/observatory/import', { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      services.indicators.assertCanImport(req.actor);
      const body = (req.body ?? {}) as Record<string, string | UploadedFile | undefined>;
      const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : undefined);
      const file = typeof body.file === 'object' ? body.file : undefined;
      const report = await services.indicators.import(req.actor, { format: field('format') ?? '', text: file?.text ?? '', fileName: file?.name, indicator: field('indicator') || undefined, licence: field('licence') || undefined });
      return sendPage(reply, h(ImportPage, { ctx, report }));
    });

    app.get<{ Params: Static<typeof PageParams>; Querystring: Static<typeof PageQuery> }>(
      '/:lang/observatory/:code',
      { schema: { params: PageParams, querystring: PageQuery, hide: true }, onRequest: dropEmptyParams },
      async (req, reply) => {
        const ctx = contextFor(req, deps);
        const data = await loadIndicatorPage(services, req.params.code, req.query);
        return sendPage(reply, h(IndicatorPage, { ctx, data }));
      },
    );

    app.get<{ Params: Static<typeof PageParams>; Querystring: Static<typeof PageQuery> }>(
      '/:lang/observatory/:code/map.svg',
      { schema: { params: PageParams, querystring: PageQuery, hide: true } },
      async (req, reply) => {
        const ctx = contextFor(req, deps);
        const ind = services.indicators.indicator(req.params.code);
        const { year, breakdown } = req.query;
        const version = await services.indicators.dataVersion();
        const key = [version, ctx.lang, ind.code, year ?? 'latest', breakdown ?? ''].join('|');
        const body = await maps.get(key, async () =>
          renderChoropleth({
            title: year === undefined ? ind.names[ctx.lang] : ctx.t('{indicator}, {year}', { indicator: ind.names[ctx.lang], year: String(year) }),
            values: (await services.indicators.valuesByCountry(ind.code, year, breakdown)).values,
            names: (m49) => ctx.vocab.countryName(m49, ctx.lang),
            format: valueFormatter(ind, ctx.lang),
            noDataLabel: ctx.t('No data'),
            domain: ind.scale === 'percent' ? [0, 100] : undefined,
            lowerIsBetter: ind.lowerIsBetter,
            dir: ctx.dir,
          }),
        );
        return reply.type('image/svg+xml; charset=utf-8').header('cache-control', 'public, max-age=3600').header('etag', `"${Buffer.from(key).toString('base64url')}"`).send(body);
      },
    );
  };
}
