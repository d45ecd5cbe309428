import type { Executor } from './database.ts';
import type { PartnershipConnectionRow, PartnershipPostRow } from './schema.ts';
import type { PartnershipRepo, PostFilter } from '../domain/ports.ts';
import type { Connection, Post } from '../domain/partnership/partnership.ts';
import type { ClassificationLink } from '../domain/classification/classification.ts';
import type { Lang } from '../domain/vocabulary/language.ts';
import { loadLinks, saveClassifications } from './classification-store.ts';
import { fromJson, opt, toJson } from './json.ts';

const codes = (links: ClassificationLink[], scheme: string) => links.filter((l) => l.scheme === scheme).map((l) => l.code);

function postFromRow(r: PartnershipPostRow, links: ClassificationLink[]): Post {
  return {
    id: r.id,
    kind: r.kind as Post['kind'],
    title: fromJson(r.title, {}),
    description: fromJson(r.description, {}),
    originalLang: r.original_lang as Lang,
    country: opt(r.country_m49),
    organisationId: opt(r.organisation_id),
    technologies: codes(links, 'technology'),
    sdgTargets: codes(links, 'sdg-target'),
    helpKinds: fromJson(r.help_kinds, []),
    contact: r.contact,
    status: r.status as Post['status'],
    isSample: Number(r.is_sample) === 1,
    createdBy: opt(r.created_by),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const connectionFromRow = (r: PartnershipConnectionRow): Connection => ({
  id: r.id,
  needId: r.need_id,
  offerId: r.offer_id,
  requestedBy: r.requested_by,
  requestedSide: r.requested_side as Connection['requestedSide'],
  status: r.status as Connection['status'],
  isPublic: Number(r.is_public) === 1,
  publicSummary: fromJson(r.public_summary, {}),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function partnershipStore(db: Executor): PartnershipRepo {
  const hydrate = async (rows: PartnershipPostRow[]) => {
    const byKind = new Map<string, Map<string, ClassificationLink[]>>();
    for (const kind of ['need', 'offer'] as const) {
      const ids = rows.filter((r) => r.kind === kind).map((r) => r.id);
      byKind.set(kind, await loadLinks(db, kind, ids));
    }
    return rows.map((r) => postFromRow(r, byKind.get(r.kind)?.get(r.id) ?? []));
  };
  const linked = (kind: string, scheme: string, code: string) =>
    db.selectFrom('classification_links').select('record_id').where('record_type', '=', kind).where('scheme', '=', scheme).where('code', '=', code);

  return {
    async getPost(id) {
      const r = await db.selectFrom('partnership_posts').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? (await hydrate([r]))[0] : undefined;
    },
    async listPosts(f: PostFilter, offset, limit) {
      let q = db.selectFrom('partnership_posts').where('kind', '=', f.kind);
      if (f.status) q = q.where('status', '=', f.status);
      for (const set of f.countrySets ?? []) q = q.where('country_m49', 'in', set.length ? set : ['-']);
      if (f.technology) q = q.where('id', 'in', linked(f.kind, 'technology', f.technology));
      if (f.target) q = q.where('id', 'in', linked(f.kind, 'sdg-target', f.target));
      // help_kinds is a JSON array of fixed codes: a quoted match is exact.
      if (f.createdBy) q = q.where('created_by', '=', f.createdBy);
      if (f.helpKind) q = q.where('help_kinds', 'like', `%"${f.helpKind}"%`);
      const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await q.selectAll().orderBy('created_at', 'desc').orderBy('id').offset(offset).limit(limit).execute();
      return { items: await hydrate(rows), total: Number(n) };
    },
    async insertPost(p) {
      await db
        .insertInto('partnership_posts')
        .values({
          id: p.id,
          kind: p.kind,
          title: toJson(p.title),
          description: toJson(p.description),
          original_lang: p.originalLang,
          country_m49: p.country ?? null,
          organisation_id: p.organisationId ?? null,
          help_kinds: toJson(p.helpKinds),
          contact: p.contact,
          status: p.status,
          is_sample: p.isSample ? 1 : 0,
          created_by: p.createdBy ?? null,
          created_at: p.createdAt,
          updated_at: p.updatedAt,
        })
        .execute();
      const links: ClassificationLink[] = [
        ...p.technologies.map((code): ClassificationLink => ({ scheme: 'technology', code, source: 'self' })),
        ...p.sdgTargets.map((code): ClassificationLink => ({ scheme: 'sdg-target', code, source: 'self' })),
      ];
      await saveClassifications(db, p.kind, p.id, links, []);
    },
    async getConnection(id) {
      const r = await db.selectFrom('partnership_connections').selectAll().where('id', '=', id).executeTakeFirst();
      return r && connectionFromRow(r);
    },
    async connectionFor(needId, offerId) {
      const r = await db.selectFrom('partnership_connections').selectAll().where('need_id', '=', needId).where('offer_id', '=', offerId).executeTakeFirst();
      return r && connectionFromRow(r);
    },
    async connectionsOf(postIds) {
      if (!postIds.length) return [];
      const rows = await db
        .selectFrom('partnership_connections')
        .selectAll()
        .where((eb) => eb.or([eb('need_id', 'in', postIds), eb('offer_id', 'in', postIds)]))
        .orderBy('created_at')
        .execute();
      return rows.map(connectionFromRow);
    },
    async publicConnections(offset, limit) {
      const q = db.selectFrom('partnership_connections').where('is_public', '=', 1).where('status', '=', 'accepted');
      const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await q.selectAll().orderBy('updated_at', 'desc').orderBy('id').offset(offset).limit(limit).execute();
      return { items: rows.map(connectionFromRow), total: Number(n) };
    },
    async saveConnection(c) {
      const values = {
        need_id: c.needId,
        offer_id: c.offerId,
        requested_by: c.requestedBy,
        requested_side: c.requestedSide,
        status: c.status,
        is_public: c.isPublic ? 1 : 0,
        public_summary: toJson(c.publicSummary),
        created_at: c.createdAt,
        updated_at: c.updatedAt,
      };
      const exists = await db.selectFrom('partnership_connections').select('id').where('id', '=', c.id).executeTakeFirst();
      if (exists) await db.updateTable('partnership_connections').set(values).where('id', '=', c.id).execute();
      else await db.insertInto('partnership_connections').values({ id: c.id, ...values }).execute();
    },
    async addEvent(e) {
      await db.insertInto('partnership_events').values({ id: e.id, connection_id: e.connectionId, actor: e.actor, action: e.action, note: e.note ?? null, created_at: e.createdAt }).execute();
    },
    async events(connectionId) {
      const rows = await db.selectFrom('partnership_events').selectAll().where('connection_id', '=', connectionId).orderBy('created_at').orderBy('id').execute();
      return rows.map((r) => ({ id: r.id, connectionId: r.connection_id, actor: r.actor, action: r.action as never, note: opt(r.note), createdAt: r.created_at }));
    },
    async deleteSample() {
      const sample = db.selectFrom('partnership_posts').select('id').where('is_sample', '=', 1);
      // Connections touching a sample post go with it: sample content is not anyone's record.
      const connections = db.selectFrom('partnership_connections').select('id').where((eb) => eb.or([eb('need_id', 'in', sample), eb('offer_id', 'in', sample)]));
      await db.deleteFrom('partnership_events').where('connection_id', 'in', connections).execute();
      await db.deleteFrom('partnership_connections').where((eb) => eb.or([eb('need_id', 'in', sample), eb('offer_id', 'in', sample)])).execute();
      await db.deleteFrom('classification_links').where('record_type', 'in', ['need', 'offer']).where('record_id', 'in', sample).execute();
      const r = await db.deleteFrom('partnership_posts').where('is_sample', '=', 1).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
