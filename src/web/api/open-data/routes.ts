import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { Services } from '../../../services.ts';
import type { Config } from '../../../config/config.ts';
import { DUMP_FILES, catalog, csvTemplate, dumpSettings, publishedData, publishedVersion, renderDump } from '../../../exchange/dumps.ts';
import { problemResponses } from '../responses.ts';

const FILES: Record<string, string> = Object.assign({}, ...Object.values(DUMP_FILES));
const DumpParams = Type.Object({ file: Type.Union(Object.keys(FILES).map((f) => Type.Literal(f)), { description: 'The dump file' }) });

/**
 * /api/v1/dumps/{file}, /api/v1/catalog, /api/v1/templates/initiatives.csv: full dumps of everything
 * published, built on demand and kept until the published data changes (its version is the ETag).
 */
export function openDataApi(services: Services, config: Config) {
  return async (app: FastifyInstance) => {
    const cache = new Map<string, { version: string; body: string }>();

    app.get<{ Params: Static<typeof DumpParams> }>(
      '/dumps/:file',
      {
        schema: {
          summary: 'A full dump of everything published',
          description: 'CSV (labels beside codes), JSON Lines, IATI 2.03 activity XML or JSON-LD (schema.org). Rebuilt when published data changes; the ETag is the data version.',
          params: DumpParams,
          tags: ['open-data'],
          response: { 200: { description: 'The file', content: Object.fromEntries([...new Set(Object.values(FILES))].map((m) => [m, { schema: { type: 'string' }, example: m === 'text/csv' ? 'id,url,dpg_id,…\n' : '…' }])) }, ...problemResponses },
        },
      },
      async (req, reply) => {
        const file = req.params.file;
        const version = await publishedVersion(services);
        let hit = cache.get(file);
        if (!hit || hit.version !== version) {
          const data = await publishedData(services);
          hit = { version: data.version, body: renderDump(file, data, services, dumpSettings(config), new Date().toISOString()) };
          cache.set(file, hit);
        }
        const type = FILES[file]!;
        return reply
          .header('etag', `"${file}-${hit.version}"`)
          .header('content-disposition', `attachment; filename="leapfrog-${file}"`)
          .type(type.startsWith('text/') || type.includes('json') || type.includes('xml') ? `${type}; charset=utf-8` : type)
          .send(hit.body);
      },
    );

    app.get(
      '/catalog',
      { schema: { summary: 'DCAT 3 catalogue of the published datasets (JSON-LD)', tags: ['open-data'], response: { 200: { type: 'object', additionalProperties: true, examples: [{ '@type': 'dcat:Catalog', 'dct:title': 'Leapfrog open data' }] }, 429: problemResponses[429] } } },
      async (_req, reply) => {
        const [v, indicators] = await Promise.all([services.exports.dataVersion(), services.indicators.catalogue()]);
        return reply.type('application/ld+json; charset=utf-8').send(JSON.stringify(catalog(config.publicUrl, v.latest, indicators)));
      },
    );

    app.get(
      '/templates/initiatives.csv',
      { schema: { summary: 'The CSV template for bulk submission, with one example row', tags: ['open-data'], response: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' }, example: 'dpg_id,iati_id,original_lang,title_en,…\n' } } }, 429: problemResponses[429] } } },
      async (_req, reply) => reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="leapfrog-initiatives-template.csv"').send(csvTemplate()),
    );
  };
}
