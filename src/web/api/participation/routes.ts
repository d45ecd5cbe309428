import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import type { Services } from '../../../services.ts';
import { BodyInputSchema, MeetingInputSchema, ParticipationInputSchema } from '../../../domain/participation/participation-input.ts';
import { presentBody, presentMeeting, presentParticipation } from './present.ts';
import { BodyParams, ParticipationListQuery, ParticipationStatsQuery } from './schemas.ts';

/** /api/v1/participation: rows, statistics, bodies and meetings. Reads are public; writes need the participation:manage right. */
export function participationApi(services: Services) {
  const svc = services.participation;
  const lookups = async () => {
    const [bodies, meetings] = await Promise.all([svc.bodies(), svc.meetings()]);
    return { bodies: new Map(bodies.map((b) => [b.id, b])), meetings: new Map(meetings.map((m) => [m.id, m])) };
  };
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: Static<typeof ParticipationListQuery> }>('/participation', { schema: { querystring: ParticipationListQuery, tags: ['participation'] } }, async (req) => {
      const result = await svc.list(req.query);
      const { bodies, meetings } = await lookups();
      const vocab = services.vocabulary.current();
      return { ...result, items: result.items.map((p) => presentParticipation(p, meetings, bodies, vocab)) };
    });

    app.get<{ Querystring: Static<typeof ParticipationStatsQuery> }>('/participation/stats', { schema: { querystring: ParticipationStatsQuery, tags: ['participation'] } }, async (req) => svc.stats(req.query));

    app.post('/participation', { schema: { body: ParticipationInputSchema, tags: ['participation'] } }, async (req, reply) => {
      const { row, outcome } = await svc.record(req.actor, req.body);
      const { bodies, meetings } = await lookups();
      return reply.code(outcome === 'inserted' ? 201 : 200).send({ outcome, row: presentParticipation(row, meetings, bodies, services.vocabulary.current()) });
    });

    app.get('/participation/bodies', { schema: { tags: ['participation'] } }, async () => ({ items: (await svc.bodies()).map(presentBody) }));

    app.get<{ Params: Static<typeof BodyParams> }>('/participation/bodies/:code', { schema: { params: BodyParams, tags: ['participation'] } }, async (req) => {
      const body = await svc.body(req.params.code);
      const bodies = new Map([[body.id, body]]);
      const vocab = services.vocabulary.current();
      return { ...presentBody(body), meetings: (await svc.meetings(body.code)).map((m) => presentMeeting(m, bodies, vocab)) };
    });

    app.post('/participation/bodies', { schema: { body: BodyInputSchema, tags: ['participation'] } }, async (req, reply) => {
      const body = await svc.createBody(req.actor, req.body);
      return reply.code(201).header('location', `/api/v1/participation/bodies/${body.code}`).send(presentBody(body));
    });

    app.post('/participation/meetings', { schema: { body: MeetingInputSchema, tags: ['participation'] } }, async (req, reply) => {
      const meeting = await svc.createMeeting(req.actor, req.body);
      const { bodies } = await lookups();
      return reply.code(201).send(presentMeeting(meeting, bodies, services.vocabulary.current()));
    });
  };
}
