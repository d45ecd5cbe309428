import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import type { Config } from '../../config/config.ts';
import { SHARED_SCHEMAS } from '../api/responses.ts';
import { POLICY_SCHEMAS } from '../api/policies/responses.ts';

/**
 * The OpenAPI 3.1 document, generated from the route schemas (routes with `hide: true` — pages — are left out).
 * Registered before the routes so it sees them all; served at /api/v1/openapi.json and read by /api/docs.
 * Response schemas document; they do not filter: the serializer stays plain JSON.
 */
export async function registerOpenApi(app: FastifyInstance, config: Config): Promise<void> {
  for (const s of [...SHARED_SCHEMAS, ...POLICY_SCHEMAS]) app.addSchema(s);
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Leapfrog API',
        version: '1.0.0',
        summary: 'Technologies for the SDGs, and who is being left behind: open data about initiatives, organisations and the reference vocabularies.',
        description:
          'Reads are open to anyone (CORS for GET, ETag and Last-Modified with 304, `Link` pagination headers, rate limits answered with 429 and Retry-After). Writes need `Authorization: Bearer <token>`. Errors are RFC 9457 problem documents.',
        license: { name: 'CC BY 4.0 (data)', url: 'https://creativecommons.org/licenses/by/4.0/' },
      },
      servers: [{ url: config.publicUrl }],
      tags: [
        { name: 'initiatives', description: 'How technologies serve the SDGs, where and by whom' },
        { name: 'organisations', description: 'Who does what' },
        { name: 'policies', description: 'Enabling strategies, laws, regulations, guidelines, principles, standards, plans and governance bodies; coverage and comparison by country' },
        { name: 'vocabularies', description: 'SDG goals and targets, technologies, WSIS action lines, countries, groups and regions' },
        { name: 'open-data', description: 'Full dumps, the DCAT catalogue and the bulk-submission template' },
        { name: 'feeds', description: 'Atom feeds of new and updated published initiatives' },
        { name: 'participation', description: 'Who takes part in the bodies that shape these technologies, and their shares against their share of countries' },
        { name: 'partnerships', description: 'Needs and offers, matches with reasons, connections with the consent of both sides' },
      ],
      // Reads need no credentials; writes declare the bearer scheme themselves.
      security: [{}],
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'LEAPFROG_ADMIN_TOKEN' } } },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async (_req, reply) => reply.type('application/json; charset=utf-8').send(JSON.stringify(app.swagger())));
}
