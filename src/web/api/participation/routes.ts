import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import type { Services } from '../../../services.ts';
import { BodyInputSchema, MeetingInputSchema, ParticipationInputSchema } from '../../../domain/participation/participation-input.ts';
import { presentBody, presentMeeting, presentParticipation } from './present.ts';
import { BodyParams, ParticipationListQuery, ParticipationStatsQuery } from './schemas.ts';
import { documented, problemResponses, writeProblems } from '../responses.ts';

const bearer = [{ bearer: [] }];
const ROW = { id: 'k2m4p6r8t0v2', body: 'itu-d-sg1', meeting: '2024-10-geneva', meetingStart: '2024-10-21', country: 'NPL', organisation: 'Nepal Telecommunications Authority', stakeholderType: 'regulator', role: 'contributor', contributions: 2, isSample: false };
const BODY = { code: 'itu-d-sg1', name: { en: 'ITU-D Study Group 1' }, acronym: 'ITU-D SG1', kind: 'study-group', url: null, isSample: false };
const MEETING = { body: 'itu-d-sg1', code: '2024-10-geneva', title: { en: 'ITU-D SG1 meeting' }, startDate: '2024-10-21', endDate: '2024-10-25', city: 'Geneva', country: 'CHE', online: false, isSample: false };
const share = (count: number, s: number | null) => ({ count, share: s });
const STATS = { denominator: { description: 'Countries of the vocabulary that belong to an ITU region (ITU Member States).', countries: 194 }, areas: [{ code: 'LDC', kind: 'group', countries: 44, countryShare: 0.227 }], items: [{ body: 'itu-d-sg1', year: 2024, totals: { participants: 20, contributions: 9, leadership: 2, countries: 18 }, areas: [{ area: 'LDC', kind: 'group', countryShare: 0.227, participants: share(2, 0.1), contributions: share(1, 0.111), leadership: share(0, 0), countries: 2 }] }] };

/** /api/v1/participation: rows, statistics, bodies and meetings. Reads are public; writes need the participation:manage right. */
export function participationApi(services: Services) {
  const svc = services.participation;
  const lookups = async () => {
    const [bodies, meetings] = await Promise.all([svc.bodies(), svc.meetings()]);
    return { bodies: new Map(bodies.map((b) => [b.id, b])), meetings: new Map(meetings.map((m) => [m.id, m])) };
  };
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: Static<typeof ParticipationListQuery> }>('/participation', { schema: { summary: 'List participation rows', querystring: ParticipationListQuery, tags: ['participation'], response: { 200: documented({ items: [ROW], total: 1, page: 1, limit: 50 }), ...problemResponses } } }, async (req) => {
      const result = await svc.list(req.query);
      const { bodies, meetings } = await lookups();
      const vocab = services.vocabulary.current();
      return { ...result, items: result.items.map((p) => presentParticipation(p, meetings, bodies, vocab)) };
    });

    app.get<{ Querystring: Static<typeof ParticipationStatsQuery> }>('/participation/stats', { schema: { summary: 'Shares of participants, contributions and leadership roles by body and year', querystring: ParticipationStatsQuery, tags: ['participation'], response: { 200: documented(STATS), ...problemResponses } } }, async (req) => svc.stats(req.query));

    app.post('/participation', { schema: { summary: 'Record a participation row (or update the row with the same key)', body: ParticipationInputSchema, tags: ['participation'], security: bearer, response: { 201: documented({ outcome: 'inserted', row: ROW }), 200: documented({ outcome: 'updated', row: ROW }), ...writeProblems } } }, async (req, reply) => {
      const { row, outcome } = await svc.record(req.actor, req.body);
      const { bodies, meetings } = await lookups();
      return reply.code(outcome === 'inserted' ? 201 : 200).send({ outcome, row: presentParticipation(row, meetings, bodies, services.vocabulary.current()) });
    });

    app.get('/participation/bodies', { schema: { summary: 'List bodies', tags: ['participation'], response: { 200: documented({ items: [BODY] }), 429: problemResponses[429] } } }, async () => ({ items: (await svc.bodies()).map(presentBody) }));

    app.get<{ Params: Static<typeof BodyParams> }>('/participation/bodies/:code', { schema: { summary: 'One body with its meetings', params: BodyParams, tags: ['participation'], response: { 200: documented({ ...BODY, meetings: [MEETING] }), ...problemResponses } } }, async (req) => {
      const body = await svc.body(req.params.code);
      const bodies = new Map([[body.id, body]]);
      const vocab = services.vocabulary.current();
      return { ...presentBody(body), meetings: (await svc.meetings(body.code)).map((m) => presentMeeting(m, bodies, vocab)) };
    });

    app.post('/participation/bodies', { schema: { summary: 'Record a body', body: BodyInputSchema, tags: ['participation'], security: bearer, response: { 201: documented(BODY), ...writeProblems } } }, async (req, reply) => {
      const body = await svc.createBody(req.actor, req.body);
      return reply.code(201).header('location', `/api/v1/participation/bodies/${body.code}`).send(presentBody(body));
    });

    app.post('/participation/meetings', { schema: { summary: 'Record a meeting of a body', body: MeetingInputSchema, tags: ['participation'], security: bearer, response: { 201: documented(MEETING), ...writeProblems } } }, async (req, reply) => {
      const meeting = await svc.createMeeting(req.actor, req.body);
      const { bodies } = await lookups();
      return reply.code(201).send(presentMeeting(meeting, bodies, services.vocabulary.current()));
    });
  };
}
