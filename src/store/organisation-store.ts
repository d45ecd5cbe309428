import type { Executor } from './database.ts';
import type { OrganisationRow } from './schema.ts';
import type { Organisation, OrganisationType, ItuMembership } from '../domain/organisation/organisation.ts';
import type { OrganisationRepo } from '../domain/ports.ts';
import { fromJson, opt, toJson } from './json.ts';
import { indexDocuments, unindex } from './search/search-index.ts';
import { organisationDocument } from '../domain/search/search-document.ts';

function fromRow(r: OrganisationRow): Organisation {
  return {
    id: r.id,
    name: fromJson(r.name, {}),
    originalLang: r.original_lang,
    aliases: fromJson(r.aliases, []),
    type: r.type as OrganisationType,
    ituMembership: opt(r.itu_membership) as ItuMembership | undefined,
    country: opt(r.country_m49),
    website: opt(r.website),
    iatiId: opt(r.iati_id),
    isSample: Number(r.is_sample) === 1,
    createdBy: opt(r.created_by),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    archivedAt: opt(r.archived_at),
  };
}

function toRow(o: Organisation): OrganisationRow {
  return {
    id: o.id,
    name: toJson(o.name),
    original_lang: o.originalLang,
    aliases: toJson(o.aliases),
    type: o.type,
    itu_membership: o.ituMembership ?? null,
    country_m49: o.country ?? null,
    website: o.website ?? null,
    iati_id: o.iatiId ?? null,
    is_sample: o.isSample ? 1 : 0,
    created_by: o.createdBy ?? null,
    created_at: o.createdAt,
    updated_at: o.updatedAt,
    archived_at: o.archivedAt ?? null,
  };
}

export function organisationStore(db: Executor): OrganisationRepo {
  return {
    async get(id) {
      const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
      return row && fromRow(row);
    },
    async getMany(ids) {
      if (!ids.length) return [];
      return (await db.selectFrom('organisations').selectAll().where('id', 'in', ids).execute()).map(fromRow);
    },
    async list(offset, limit, filter = {}) {
      let base = db.selectFrom('organisations').where('archived_at', 'is', null);
      if (filter.type !== undefined) base = base.where('type', '=', filter.type);
      if (filter.countryM49 !== undefined) base = base.where('country_m49', '=', filter.countryM49);
      const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await base.selectAll().orderBy('created_at').orderBy('id').offset(offset).limit(limit).execute();
      return { items: rows.map(fromRow), total: Number(n) };
    },
    async insert(o) {
      await db.insertInto('organisations').values(toRow(o)).execute();
      await indexDocuments(db, [organisationDocument(o)]);
    },
    async update(o) {
      const { id, ...columns } = toRow(o);
      await db.updateTable('organisations').set(columns).where('id', '=', id).execute();
      await indexDocuments(db, [organisationDocument(o)]);
    },
    async deleteSample() {
      const ids = (await db.selectFrom('organisations').select('id').where('is_sample', '=', 1).execute()).map((r) => r.id);
      if (!ids.length) return 0;
      // Organisations still named by a non-sample record stay: removing samples never breaks real records.
      const used = new Set(
        (await db.selectFrom('initiative_organisations').select('organisation_id').where('organisation_id', 'in', ids).execute()).map((r) => r.organisation_id),
      );
      const removable = ids.filter((id) => !used.has(id));
      if (removable.length) {
        await unindex(db, 'organisation', removable);
        await db.deleteFrom('record_versions').where('record_type', '=', 'organisation').where('record_id', 'in', removable).execute();
        await db.deleteFrom('organisations').where('id', 'in', removable).execute();
      }
      return removable.length;
    },
  };
}
