import { sql, type SelectQueryBuilder } from 'kysely';
import type { Executor } from './database.ts';
import type { Database, ParticipationBodyRow, ParticipationMeetingRow, ParticipationRowRow } from './schema.ts';
import type { ParticipationFilter, ParticipationRepo } from '../domain/ports.ts';
import { LEADERSHIP_ROLES, organisationKey, type Body, type Meeting, type Participation } from '../domain/participation/participation.ts';
import { fromJson, opt, toJson } from './json.ts';

const bodyFromRow = (r: ParticipationBodyRow): Body => ({
  id: r.id,
  code: r.code,
  name: fromJson(r.name, {}),
  acronym: opt(r.acronym),
  kind: r.kind as Body['kind'],
  url: opt(r.url),
  isSample: Number(r.is_sample) === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const meetingFromRow = (r: ParticipationMeetingRow): Meeting => ({
  id: r.id,
  bodyId: r.body_id,
  code: r.code,
  title: fromJson(r.title, {}),
  startDate: r.start_date,
  endDate: r.end_date,
  city: opt(r.city),
  country: opt(r.country_m49),
  online: Number(r.online) === 1,
  isSample: Number(r.is_sample) === 1,
  createdAt: r.created_at,
});

const rowFromRow = (r: ParticipationRowRow): Participation => ({
  id: r.id,
  meetingId: r.meeting_id,
  country: r.country_m49,
  organisation: r.organisation,
  stakeholderType: r.stakeholder_type as Participation['stakeholderType'],
  role: r.role as Participation['role'],
  contributions: Number(r.contributions),
  isSample: Number(r.is_sample) === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

type Joined = 'participations' | 'participation_meetings';

function applyFilter<O>(q: SelectQueryBuilder<Database, Joined, O>, f: ParticipationFilter) {
  if (f.bodyIds) q = q.where('participation_meetings.body_id', 'in', f.bodyIds.length ? f.bodyIds : ['-']);
  if (f.meetingId) q = q.where('participations.meeting_id', '=', f.meetingId);
  for (const set of f.countrySets ?? []) q = q.where('participations.country_m49', 'in', set.length ? set : ['-']);
  if (f.role) q = q.where('participations.role', '=', f.role);
  if (f.stakeholderType) q = q.where('participations.stakeholder_type', '=', f.stakeholderType);
  if (f.from) q = q.where('participation_meetings.start_date', '>=', f.from);
  if (f.to) q = q.where('participation_meetings.start_date', '<=', f.to);
  return q;
}

export function participationStore(db: Executor): ParticipationRepo {
  const joined = () => db.selectFrom('participations').innerJoin('participation_meetings', 'participation_meetings.id', 'participations.meeting_id');
  return {
    async bodyByCode(code) {
      const r = await db.selectFrom('participation_bodies').selectAll().where('code', '=', code).executeTakeFirst();
      return r && bodyFromRow(r);
    },
    async bodies() {
      return (await db.selectFrom('participation_bodies').selectAll().orderBy('code').execute()).map(bodyFromRow);
    },
    async insertBody(b) {
      await db
        .insertInto('participation_bodies')
        .values({ id: b.id, code: b.code, name: toJson(b.name), acronym: b.acronym ?? null, kind: b.kind, url: b.url ?? null, is_sample: b.isSample ? 1 : 0, created_at: b.createdAt, updated_at: b.updatedAt })
        .execute();
    },
    async meetingByCode(bodyId, code) {
      const r = await db.selectFrom('participation_meetings').selectAll().where('body_id', '=', bodyId).where('code', '=', code).executeTakeFirst();
      return r && meetingFromRow(r);
    },
    async meetings(bodyId) {
      let q = db.selectFrom('participation_meetings').selectAll();
      if (bodyId) q = q.where('body_id', '=', bodyId);
      return (await q.orderBy('start_date', 'desc').orderBy('id').execute()).map(meetingFromRow);
    },
    async insertMeeting(m) {
      await db
        .insertInto('participation_meetings')
        .values({
          id: m.id,
          body_id: m.bodyId,
          code: m.code,
          title: toJson(m.title),
          start_date: m.startDate,
          end_date: m.endDate,
          city: m.city ?? null,
          country_m49: m.country ?? null,
          online: m.online ? 1 : 0,
          is_sample: m.isSample ? 1 : 0,
          created_at: m.createdAt,
        })
        .execute();
    },
    async upsert(p) {
      const key = organisationKey(p.organisation);
      const existing = await db
        .selectFrom('participations')
        .selectAll()
        .where('meeting_id', '=', p.meetingId)
        .where('country_m49', '=', p.country)
        .where('organisation_key', '=', key)
        .where('role', '=', p.role)
        .executeTakeFirst();
      if (!existing) {
        await db
          .insertInto('participations')
          .values({
            id: p.id,
            meeting_id: p.meetingId,
            country_m49: p.country,
            organisation: p.organisation,
            organisation_key: key,
            stakeholder_type: p.stakeholderType,
            role: p.role,
            contributions: p.contributions,
            is_sample: p.isSample ? 1 : 0,
            created_at: p.createdAt,
            updated_at: p.updatedAt,
          })
          .execute();
        return 'inserted';
      }
      const same = existing.organisation === p.organisation && existing.stakeholder_type === p.stakeholderType && Number(existing.contributions) === p.contributions;
      if (same) return 'unchanged';
      await db
        .updateTable('participations')
        .set({ organisation: p.organisation, stakeholder_type: p.stakeholderType, contributions: p.contributions, updated_at: p.updatedAt })
        .where('id', '=', existing.id)
        .execute();
      return 'updated';
    },
    async list(filter, offset, limit) {
      const base = applyFilter(joined(), filter);
      const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await base
        .selectAll('participations')
        .orderBy('participation_meetings.start_date', 'desc')
        .orderBy('participations.country_m49')
        .orderBy('participations.organisation_key')
        .orderBy('participations.role')
        .offset(offset)
        .limit(limit)
        .execute();
      return { items: rows.map(rowFromRow), total: Number(n) };
    },
    async cells(filter) {
      const year = sql<string>`substr(participation_meetings.start_date, 1, 4)`;
      const leaders = LEADERSHIP_ROLES as string[];
      const rows = await applyFilter(joined(), filter)
        .select([
          'participation_meetings.body_id as bodyId',
          year.as('year'),
          'participations.country_m49 as country',
          sql<number>`count(distinct participations.meeting_id || '|' || participations.organisation_key)`.as('participants'),
          sql<number>`sum(participations.contributions)`.as('contributions'),
          sql<number>`sum(case when participations.role in (${sql.join(leaders)}) then 1 else 0 end)`.as('leadership'),
        ])
        .groupBy(['participation_meetings.body_id', year, 'participations.country_m49'])
        .execute();
      return rows.map((r) => ({ bodyId: r.bodyId, year: Number(r.year), country: r.country, participants: Number(r.participants), contributions: Number(r.contributions), leadership: Number(r.leadership) }));
    },
    async deleteSample() {
      const rows = await db.deleteFrom('participations').where('is_sample', '=', 1).executeTakeFirst();
      // Sample meetings and bodies go too, unless real rows still point at them.
      const usedMeetings = db.selectFrom('participations').select('meeting_id');
      await db.deleteFrom('participation_meetings').where('is_sample', '=', 1).where('id', 'not in', usedMeetings).execute();
      const usedBodies = db.selectFrom('participation_meetings').select('body_id');
      await db.deleteFrom('participation_bodies').where('is_sample', '=', 1).where('id', 'not in', usedBodies).execute();
      return Number(rows.numDeletedRows);
    },
  };
}
