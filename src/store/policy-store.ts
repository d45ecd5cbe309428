import type { SelectQueryBuilder } from 'kysely';
import type { Executor } from './database.ts';
import type { Database, PolicyRow } from './schema.ts';
import type { Page, PolicyFacts, PolicyFilter, PolicyRepo } from '../domain/ports.ts';
import type { Policy, PolicyRelation, InitiativeRelation } from '../domain/policy/policy.ts';
import { policyYear } from '../domain/policy/policy.ts';
import type { PolicyTheme } from '../domain/vocabulary/policy-theme.ts';
import type { Lang } from '../domain/vocabulary/language.ts';
import type { WorkflowState } from '../domain/review/workflow.ts';
import { claimedCodes } from '../domain/classification/classification.ts';
import { claimedLinkExists, deleteClassifications, loadLinks, loadTrustMarkers, saveClassifications } from './classification-store.ts';
import { fromJson, opt, toJson } from './json.ts';
import { deleteHistory } from './history-store.ts';
import { policyDocument } from '../domain/search/search-document.ts';
import { indexDocuments, unindex } from './search/search-index.ts';

function applyFilter<O>(q: SelectQueryBuilder<Database, 'policies', O>, f: PolicyFilter) {
  q = q.where((eb) => {
    const visible = [eb('policies.workflow_state', 'in', f.states.length ? f.states : ['published'])];
    if (f.alsoCreatedBy) visible.push(eb('policies.created_by', '=', f.alsoCreatedBy));
    return eb.or(visible);
  });
  if (f.technology) q = q.where((eb) => claimedLinkExists(eb, 'policy', 'policies.id', 'technology', (e) => e('classification_links.code', '=', f.technology!)));
  if (f.theme) {
    const theme = f.theme;
    q = q.where((eb) => eb.exists(eb.selectFrom('policy_themes').select('policy_themes.theme').whereRef('policy_themes.policy_id', '=', 'policies.id').where('policy_themes.theme', '=', theme)));
  }
  for (const set of f.countrySets ?? []) {
    q = q.where((eb) =>
      eb.exists(eb.selectFrom('policy_countries').select('policy_countries.m49').whereRef('policy_countries.policy_id', '=', 'policies.id').where('policy_countries.m49', 'in', set.length ? set : ['-'])),
    );
  }
  if (f.type) q = q.where('policies.type', '=', f.type);
  if (f.level) q = q.where('policies.level', '=', f.level);
  if (f.statuses) q = q.where('policies.status', 'in', f.statuses.length ? f.statuses : ['-']);
  if (f.year !== undefined) q = q.where('policies.year', '=', f.year);
  if (f.isSample !== undefined) q = q.where('policies.is_sample', '=', f.isSample ? 1 : 0);
  return q;
}

function toRow(p: Policy): PolicyRow {
  return {
    id: p.id,
    title: toJson(p.title),
    summary: toJson(p.summary),
    original_lang: p.originalLang,
    type: p.type,
    level: p.level,
    jurisdiction_country: p.jurisdiction.country ?? null,
    jurisdiction_region: p.jurisdiction.region ?? null,
    jurisdiction_organisation: toJson(p.jurisdiction.organisation ?? {}),
    issuing_body: toJson(p.issuingBody),
    status: p.status,
    proposed_on: p.dates.proposed ?? null,
    adopted_on: p.dates.adopted ?? null,
    in_force_on: p.dates.inForce ?? null,
    revised_on: p.dates.revised ?? null,
    repealed_on: p.dates.repealed ?? null,
    year: policyYear(p.dates) ?? null,
    links: toJson(p.links),
    provenance: toJson(p.provenance),
    last_verified: p.lastVerified ?? null,
    workflow_state: p.workflowState,
    is_sample: p.isSample ? 1 : 0,
    created_by: p.createdBy ?? null,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    archived_at: p.archivedAt ?? null,
    version: p.version,
  };
}

type Related = Pick<Policy, 'countries' | 'themes' | 'classifications' | 'trustMarkers' | 'relatedPolicies' | 'initiatives'>;

function fromRow(r: PolicyRow): Omit<Policy, keyof Related> {
  const organisation = fromJson<Policy['issuingBody']>(r.jurisdiction_organisation, {});
  return {
    id: r.id,
    title: fromJson(r.title, {}),
    summary: fromJson(r.summary, {}),
    originalLang: r.original_lang as Lang,
    type: r.type as Policy['type'],
    level: r.level as Policy['level'],
    jurisdiction: { country: opt(r.jurisdiction_country), region: opt(r.jurisdiction_region), organisation: Object.keys(organisation).length ? organisation : undefined },
    issuingBody: fromJson(r.issuing_body, {}),
    status: r.status as Policy['status'],
    dates: { proposed: opt(r.proposed_on), adopted: opt(r.adopted_on), inForce: opt(r.in_force_on), revised: opt(r.revised_on), repealed: opt(r.repealed_on) },
    links: fromJson(r.links, []),
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

async function loadCountriesAndThemes(db: Executor, ids: string[]) {
  const [countries, themes] = await Promise.all([
    db.selectFrom('policy_countries').select(['policy_id', 'm49']).where('policy_id', 'in', ids).orderBy('position').execute(),
    db.selectFrom('policy_themes').select(['policy_id', 'theme']).where('policy_id', 'in', ids).orderBy('position').execute(),
  ]);
  return {
    countriesOf: (id: string) => countries.filter((c) => c.policy_id === id).map((c) => c.m49),
    themesOf: (id: string) => themes.filter((t) => t.policy_id === id).map((t) => t.theme as PolicyTheme),
  };
}

/** Loads rows with their countries, themes, relations, links and markers, in batch queries. */
async function hydrate(db: Executor, rows: PolicyRow[]): Promise<Policy[]> {
  const ids = rows.map((r) => r.id);
  if (!ids.length) return [];
  const [{ countriesOf, themesOf }, relations, links, markers] = await Promise.all([
    loadCountriesAndThemes(db, ids),
    db.selectFrom('policy_relations').select(['policy_id', 'target_type', 'target_id', 'relation']).where('policy_id', 'in', ids).orderBy('position').execute(),
    loadLinks(db, 'policy', ids),
    loadTrustMarkers(db, 'policy', ids),
  ]);
  return rows.map((r) => {
    const own = relations.filter((x) => x.policy_id === r.id);
    return {
      ...fromRow(r),
      countries: countriesOf(r.id),
      themes: themesOf(r.id),
      relatedPolicies: own.filter((x) => x.target_type === 'policy').map((x) => ({ policyId: x.target_id, relation: x.relation as PolicyRelation })),
      initiatives: own.filter((x) => x.target_type === 'initiative').map((x) => ({ initiativeId: x.target_id, relation: x.relation as InitiativeRelation })),
      classifications: links.get(r.id) ?? [],
      trustMarkers: markers.get(r.id) ?? [],
    };
  });
}

async function deleteRelations(db: Executor, ids: string[]): Promise<void> {
  for (const table of ['policy_countries', 'policy_themes', 'policy_relations'] as const) await db.deleteFrom(table).where('policy_id', 'in', ids).execute();
}

async function saveRelations(db: Executor, p: Policy): Promise<void> {
  await deleteRelations(db, [p.id]);
  if (p.countries.length) await db.insertInto('policy_countries').values(p.countries.map((m49, position) => ({ policy_id: p.id, m49, position }))).execute();
  if (p.themes.length) await db.insertInto('policy_themes').values(p.themes.map((theme, position) => ({ policy_id: p.id, theme, position }))).execute();
  const relations = [
    ...p.relatedPolicies.map((r) => ({ target_type: 'policy', target_id: r.policyId, relation: r.relation })),
    ...p.initiatives.map((r) => ({ target_type: 'initiative', target_id: r.initiativeId, relation: r.relation })),
  ];
  if (relations.length) await db.insertInto('policy_relations').values(relations.map((r, position) => ({ policy_id: p.id, ...r, position }))).execute();
  await saveClassifications(db, 'policy', p.id, p.classifications, p.trustMarkers);
}

export function policyStore(db: Executor): PolicyRepo {
  return {
    async get(id) {
      const row = await db.selectFrom('policies').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? (await hydrate(db, [row]))[0] : undefined;
    },

    async getMany(ids) {
      const rows: PolicyRow[] = [];
      for (let i = 0; i < ids.length; i += 500) rows.push(...(await db.selectFrom('policies').selectAll().where('id', 'in', ids.slice(i, i + 500)).execute()));
      return hydrate(db, rows);
    },

    async list(filter, offset, limit): Promise<Page<Policy>> {
      const base = applyFilter(db.selectFrom('policies'), filter);
      const [{ n }] = await base.select((eb) => eb.fn.countAll<number>().as('n')).execute();
      const rows = await base.selectAll('policies').orderBy('policies.updated_at', 'desc').orderBy('policies.id').offset(offset).limit(limit).execute();
      return { items: await hydrate(db, rows), total: Number(n) };
    },

    async facts(filter): Promise<PolicyFacts[]> {
      const rows = await applyFilter(db.selectFrom('policies'), filter).select(['policies.id', 'policies.type', 'policies.level']).orderBy('policies.id').execute();
      const ids = rows.map((r) => r.id);
      if (!ids.length) return [];
      const [{ countriesOf, themesOf }, links] = await Promise.all([loadCountriesAndThemes(db, ids), loadLinks(db, 'policy', ids)]);
      return rows.map((r) => ({ id: r.id, type: r.type, level: r.level, countries: countriesOf(r.id), themes: themesOf(r.id), technologies: claimedCodes(links.get(r.id) ?? [], 'technology') }));
    },

    async referencing(id) {
      const rows = await db.selectFrom('policy_relations').select(['policy_id', 'relation']).where('target_type', '=', 'policy').where('target_id', '=', id).orderBy('policy_id').execute();
      return rows.map((r) => ({ policyId: r.policy_id, relation: r.relation as PolicyRelation }));
    },

    async existing(ids) {
      if (!ids.length) return [];
      return (await db.selectFrom('policies').select('id').where('id', 'in', ids).execute()).map((r) => r.id);
    },

    async insert(record) {
      await db.insertInto('policies').values(toRow(record)).execute();
      await saveRelations(db, record);
      await indexDocuments(db, [policyDocument(record)], true);
    },

    async update(record) {
      const { id, created_by: _createdBy, created_at: _createdAt, ...row } = toRow(record);
      await db.updateTable('policies').set(row).where('id', '=', id).execute();
      await saveRelations(db, record);
      await indexDocuments(db, [policyDocument(record)]);
    },

    async deleteSample() {
      const ids = (await db.selectFrom('policies').select('id').where('is_sample', '=', 1).execute()).map((r) => r.id);
      if (!ids.length) return 0;
      await unindex(db, 'policy', ids);
      await deleteClassifications(db, 'policy', ids);
      await deleteRelations(db, ids);
      await deleteHistory(db, 'policy', ids);
      await db.deleteFrom('policies').where('id', 'in', ids).execute();
      return ids.length;
    },
  };
}
