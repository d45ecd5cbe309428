import { type ExpressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { Executor } from './database.ts';
import type { Database, InitiativeRow } from './schema.ts';
import type { Initiative, InitiativeOrganisation, OrganisationRole } from '../domain/initiative/initiative.ts';
import type { InitiativeFilter, InitiativeRepo, Page } from '../domain/ports.ts';
import type { Lang } from '../domain/vocabulary/language.ts';
import type { WorkflowState } from '../domain/review/workflow.ts';
import { claimedLinkExists, deleteClassifications, insertClassifications, loadLinks, loadTrustMarkers, saveClassifications } from './classification-store.ts';
import { fromJson, opt, toJson } from './json.ts';
import { bulkInsert } from './bulk-insert.ts';
import { indexDocuments, unindex } from './search/search-index.ts';
import { initiativeDocument } from '../domain/search/search-document.ts';
import { deleteHistory } from './history-store.ts';
import { deleteExternalIds, findByExternalId, saveExternalIds } from './external-id-store.ts';

type Eb = ExpressionBuilder<Database, 'initiatives'>;

const linkExists = (eb: Eb, scheme: string, match: Parameters<typeof claimedLinkExists>[4]) => claimedLinkExists(eb, 'initiative', 'initiatives.id', scheme, match);

function applyFilter<O>(q: SelectQueryBuilder<Database, 'initiatives', O>, f: InitiativeFilter) {
  q = q.where((eb) => {
    const visible = [eb('initiatives.workflow_state', 'in', f.states.length ? f.states : ['published'])];
    if (f.alsoCreatedBy) visible.push(eb('initiatives.created_by', '=', f.alsoCreatedBy));
    return eb.or(visible);
  });
  if (f.sdg !== undefined) {
    const goal = String(f.sdg);
    q = q.where((eb) =>
      eb.or([
        linkExists(eb, 'sdg-goal', (e) => e('classification_links.code', '=', goal)),
        linkExists(eb, 'sdg-target', (e) => e('classification_links.code', 'like', `${goal}.%`)),
      ]),
    );
  }
  if (f.target) q = q.where((eb) => linkExists(eb, 'sdg-target', (e) => e('classification_links.code', '=', f.target!)));
  if (f.technology) q = q.where((eb) => linkExists(eb, 'technology', (e) => e('classification_links.code', '=', f.technology!)));
  if (f.wsis) {
    const w = f.wsis;
    q = q.where((eb) => linkExists(eb, 'wsis', (e) => e.or([e('classification_links.code', '=', w), e('classification_links.code', 'like', `${w}.%`)])));
  }
  for (const set of f.countrySets ?? []) {
    q = q.where((eb) =>
      eb.exists(
        eb.selectFrom('initiative_countries').select('initiative_countries.m49').whereRef('initiative_countries.initiative_id', '=', 'initiatives.id').where('initiative_countries.m49', 'in', set.length ? set : ['-']),
      ),
    );
  }
  if (f.organisationId) {
    const org = f.organisationId;
    q = q.where((eb) =>
      eb.exists(
        eb.selectFrom('initiative_organisations').select('initiative_organisations.role').whereRef('initiative_organisations.initiative_id', '=', 'initiatives.id').where('initiative_organisations.organisation_id', '=', org),
      ),
    );
  }
  if (f.status) q = q.where('initiatives.status', '=', f.status);
  if (f.kind) q = q.where('initiatives.kind', '=', f.kind);
  if (f.isSample !== undefined) q = q.where('initiatives.is_sample', '=', f.isSample ? 1 : 0);
  if (f.verifiedBefore) q = q.where((eb) => eb(eb.fn.coalesce('initiatives.last_verified', 'initiatives.updated_at'), '<', f.verifiedBefore!));
  if (f.verifiedSince) q = q.where((eb) => eb(eb.fn.coalesce('initiatives.last_verified', 'initiatives.updated_at'), '>=', f.verifiedSince!));
  return q;
}

function toRow(i: Initiative): InitiativeRow {
  return {
    id: i.id,
    title: toJson(i.title),
    summary: toJson(i.summary),
    description: toJson(i.description),
    original_lang: i.originalLang,
    kind: i.kind,
    status: i.status,
    planned_start: i.dates.plannedStart ?? null,
    planned_end: i.dates.plannedEnd ?? null,
    actual_start: i.dates.actualStart ?? null,
    actual_end: i.dates.actualEnd ?? null,
    scope: i.scope ?? null,
    impact: toJson(i.impact),
    impact_metrics: toJson(i.impactMetrics),
    partnerships: toJson(i.partnerships),
    lessons: toJson(i.lessons),
    replicability: toJson(i.replicability),
    budget_amount: i.budget?.amount ?? null,
    budget_currency: i.budget?.currency ?? null,
    links: toJson(i.links),
    licence: i.licence ?? null,
    external_ids: toJson(i.externalIds),
    provenance: toJson(i.provenance),
    last_verified: i.lastVerified ?? null,
    workflow_state: i.workflowState,
    is_sample: i.isSample ? 1 : 0,
    created_by: i.createdBy ?? null,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    archived_at: i.archivedAt ?? null,
    version: i.version,
  };
}

function fromRow(r: InitiativeRow): Omit<Initiative, 'countries' | 'organisations' | 'classifications' | 'trustMarkers'> {
  return {
    id: r.id,
    title: fromJson(r.title, {}),
    summary: fromJson(r.summary, {}),
    description: fromJson(r.description, {}),
    originalLang: r.original_lang as Lang,
    kind: r.kind as Initiative['kind'],
    status: r.status as Initiative['status'],
    dates: {
      plannedStart: opt(r.planned_start),
      plannedEnd: opt(r.planned_end),
      actualStart: opt(r.actual_start),
      actualEnd: opt(r.actual_end),
    },
    scope: opt(r.scope) as Initiative['scope'],
    impact: fromJson(r.impact, {}),
    impactMetrics: fromJson(r.impact_metrics, []),
    partnerships: fromJson(r.partnerships, {}),
    lessons: fromJson(r.lessons, {}),
    replicability: fromJson(r.replicability, {}),
    budget: r.budget_amount !== null && r.budget_currency ? { amount: Number(r.budget_amount), currency: r.budget_currency } : undefined,
    links: fromJson(r.links, []),
    licence: opt(r.licence),
    externalIds: fromJson(r.external_ids, {}),
    provenance: fromJson(r.provenance, { source: 'unknown' }),
    lastVerified: opt(r.last_verified),
    workflowState: r.workflow_state as WorkflowState,
    isSample: r.is_sample === 1 || (r.is_sample as unknown) === true,
    createdBy: opt(r.created_by),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    archivedAt: opt(r.archived_at),
    version: Number(r.version),
  };
}

/** Loads rows with their countries, organisations, links and markers, in four batch queries. */
async function hydrate(db: Executor, rows: InitiativeRow[]): Promise<Initiative[]> {
  const ids = rows.map((r) => r.id);
  if (!ids.length) return [];
  const [countries, orgs, links, markers] = await Promise.all([
    db.selectFrom('initiative_countries').select(['initiative_id', 'm49']).where('initiative_id', 'in', ids).orderBy('position').execute(),
    db.selectFrom('initiative_organisations').select(['initiative_id', 'organisation_id', 'role']).where('initiative_id', 'in', ids).orderBy('position').execute(),
    loadLinks(db, 'initiative', ids),
    loadTrustMarkers(db, 'initiative', ids),
  ]);
  return rows.map((r) => ({
    ...fromRow(r),
    countries: countries.filter((c) => c.initiative_id === r.id).map((c) => c.m49),
    organisations: orgs
      .filter((o) => o.initiative_id === r.id)
      .map((o): InitiativeOrganisation => ({ organisationId: o.organisation_id, role: o.role as OrganisationRole })),
    classifications: links.get(r.id) ?? [],
    trustMarkers: markers.get(r.id) ?? [],
  }));
}

async function saveRelations(db: Executor, i: Initiative): Promise<void> {
  await db.deleteFrom('initiative_countries').where('initiative_id', '=', i.id).execute();
  await db.deleteFrom('initiative_organisations').where('initiative_id', '=', i.id).execute();
  if (i.countries.length) {
    await db.insertInto('initiative_countries').values(i.countries.map((m49, position) => ({ initiative_id: i.id, m49, position }))).execute();
  }
  if (i.organisations.length) {
    await db
      .insertInto('initiative_organisations')
      .values(i.organisations.map((o, position) => ({ initiative_id: i.id, organisation_id: o.organisationId, role: o.role, position })))
      .execute();
  }
  await saveClassifications(db, 'initiative', i.id, i.classifications, i.trustMarkers);
  await saveExternalIds(db, 'initiative', i.id, i.externalIds);
}

/** The relations of new records, in a few multi-row inserts. */
async function insertRelations(db: Executor, records: Initiative[]): Promise<void> {
  const countries: unknown[][] = [];
  const orgs: unknown[][] = [];
  for (const i of records) {
    i.countries.forEach((m49, position) => countries.push([i.id, m49, position]));
    i.organisations.forEach((o, position) => orgs.push([i.id, o.organisationId, o.role, position]));
  }
  await bulkInsert(db, 'initiative_countries', ['initiative_id', 'm49', 'position'], countries);
  await bulkInsert(db, 'initiative_organisations', ['initiative_id', 'organisation_id', 'role', 'position'], orgs);
  await insertClassifications(db, 'initiative', records.map((i) => ({ id: i.id, links: i.classifications, markers: i.trustMarkers })));
}

export function initiativeStore(db: Executor): InitiativeRepo {
  return {
    async get(id) {
      const row = await db.selectFrom('initiatives').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? (await hydrate(db, [row]))[0] : undefined;
    },

    async getMany(ids) {
      if (!ids.length) return [];
      const rows = await db.selectFrom('initiatives').selectAll().where('id', 'in', ids).execute();
      return hydrate(db, rows);
    },

    async getSummaries(ids) {
      if (!ids.length) return [];
      return (await db.selectFrom('initiatives').selectAll().where('id', 'in', ids).execute()).map(fromRow);
    },

    async list(filter, offset, limit): Promise<Page<Initiative>> {
      const base = applyFilter(db.selectFrom('initiatives'), filter);
      const [{ n }] = await base.select((eb) => eb.fn.countAll<number>().as('n')).execute();
      const rows = await base.selectAll('initiatives').orderBy('initiatives.updated_at', 'desc').orderBy('initiatives.id').offset(offset).limit(limit).execute();
      return { items: await hydrate(db, rows), total: Number(n) };
    },

    async counts(filter) {
      const ids = applyFilter(db.selectFrom('initiatives'), filter).select('initiatives.id');
      const [a, b, c] = await Promise.all([
        db.selectFrom(ids.as('i')).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
        db.selectFrom('initiative_countries').where('initiative_id', 'in', ids).select((eb) => eb.fn.count<number>('m49').distinct().as('n')).executeTakeFirstOrThrow(),
        db.selectFrom('initiative_organisations').where('initiative_id', 'in', ids).select((eb) => eb.fn.count<number>('organisation_id').distinct().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { initiatives: Number(a.n), countries: Number(b.n), organisations: Number(c.n) };
    },

    async findByExternalId(scheme, value) {
      return findByExternalId(db, 'initiative', scheme, value);
    },

    async dataVersion(filter) {
      const row = await applyFilter(db.selectFrom('initiatives'), filter)
        .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('initiatives.updated_at').as('latest')])
        .executeTakeFirstOrThrow();
      return { count: Number(row.n), latest: (row.latest as string | null) ?? undefined };
    },

    async insert(record) {
      await db.insertInto('initiatives').values(toRow(record)).execute();
      await saveRelations(db, record);
      await indexDocuments(db, [initiativeDocument(record)], true);
    },

    async insertMany(records) {
      if (!records.length) return;
      const rows = records.map(toRow);
      const columns = Object.keys(rows[0]!) as (keyof InitiativeRow)[];
      await bulkInsert(db, 'initiatives', columns, rows.map((r) => columns.map((c) => r[c])));
      await insertRelations(db, records);
      await indexDocuments(db, records.map(initiativeDocument), true);
    },

    async update(record) {
      const { id, created_by: _createdBy, created_at: _createdAt, ...row } = toRow(record);
      await db.updateTable('initiatives').set(row).where('id', '=', id).execute();
      await saveRelations(db, record);
      await indexDocuments(db, [initiativeDocument(record)]);
    },

    async countByState() {
      const rows = await db.selectFrom('initiatives').select(['workflow_state', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('workflow_state').execute();
      return Object.fromEntries(rows.map((r) => [r.workflow_state, Number(r.n)]));
    },

    async related(record, limit) {
      const orgIds = record.organisations.map((o) => o.organisationId);
      const rows = await db
        .selectFrom('initiatives')
        .selectAll('initiatives')
        .where('initiatives.id', '!=', record.id)
        .where('initiatives.workflow_state', '!=', 'archived')
        .where((eb) =>
          eb.or([
            eb.exists(eb.selectFrom('initiative_countries').select('m49').whereRef('initiative_countries.initiative_id', '=', 'initiatives.id').where('initiative_countries.m49', 'in', record.countries.length ? record.countries : ['-'])),
            eb.exists(eb.selectFrom('initiative_organisations').select('role').whereRef('initiative_organisations.initiative_id', '=', 'initiatives.id').where('initiative_organisations.organisation_id', 'in', orgIds.length ? orgIds : ['-'])),
            ...Object.values(record.externalIds ?? {}).filter((v): v is string => typeof v === 'string' && v.length > 0).map((v) => eb('initiatives.external_ids', 'like', `%${JSON.stringify(v).slice(1, -1)}%`)),
          ]),
        )
        .orderBy('initiatives.updated_at', 'desc')
        .limit(limit)
        .execute();
      return hydrate(db, rows);
    },

    async deleteSample() {
      const ids = (await db.selectFrom('initiatives').select('id').where('is_sample', '=', 1).execute()).map((r) => r.id);
      if (!ids.length) return 0;
      await unindex(db, 'initiative', ids);
      await deleteClassifications(db, 'initiative', ids);
      await deleteExternalIds(db, 'initiative', ids);
      await db.deleteFrom('initiative_countries').where('initiative_id', 'in', ids).execute();
      await db.deleteFrom('initiative_organisations').where('initiative_id', 'in', ids).execute();
      await deleteHistory(db, 'initiative', ids);
      await db.deleteFrom('initiatives').where('id', 'in', ids).execute();
      return ids.length;
    },
  };
}
