import { sql } from 'kysely';
import type { Executor } from '../database.ts';
import type { RecordType, SearchHitRef, SearchOutcome, SearchPort, SearchRequest, SimilarRequest } from '../../domain/ports.ts';
import { filterAndCount, type CountryAreas, type RawHit } from '../../domain/search/facets.ts';
import { similarityScore } from '../../domain/search/similarity.ts';
import { matchFts5, rankFts5 } from './fts5.ts';
import { matchPg, rankPg } from './pg-search.ts';
import { allVisible, hitRow, isPostgres, visibleSql, type HitRow } from './search-sql.ts';

/**
 * Relevance scoring is bounded: the RANK_LIMIT newest matches (after filters) are scored and come
 * first, best first; any older matches follow, newest first. Scoring every hit of a very common
 * word is what made a naive search slow; finding and counting hits stays exact.
 */
export const RANK_LIMIT = 1000;

const byNewest = (a: RawHit, b: RawHit) => (a.sortDate < b.sortDate ? 1 : a.sortDate > b.sortDate ? -1 : b.docId - a.docId);
const byTitle = (a: RawHit, b: RawHit) => (a.titleKey < b.titleKey ? -1 : a.titleKey > b.titleKey ? 1 : a.docId - b.docId);
const ref = (h: RawHit): SearchHitRef => ({ recordType: h.recordType as RecordType, recordId: h.recordId });

/** The search index read side over one connection (the main one, or a worker's read-only one). */
export function searchEngine(db: Executor, areas: () => CountryAreas): SearchPort {
  const pg = isPostgres(db);
  const match = pg ? matchPg : matchFts5;
  const rank = pg ? rankPg : rankFts5;

  async function ordered(req: SearchRequest, kept: RawHit[]): Promise<RawHit[]> {
    if (req.sort === 'title') return kept.sort(byTitle);
    kept.sort(byNewest);
    if (req.sort === 'newest' || !req.phrases.length || req.offset >= RANK_LIMIT) return kept;
    const window = kept.slice(0, RANK_LIMIT);
    const byId = new Map(window.map((h) => [h.docId, h]));
    const ranked = (await rank(db, req.phrases, window.map((h) => h.docId))).map((id) => byId.get(id)!).filter(Boolean);
    return [...ranked, ...kept.slice(RANK_LIMIT)];
  }

  return {
    async search(req): Promise<SearchOutcome> {
      const vis = { states: req.states, alsoCreatedBy: req.alsoCreatedBy };
      const hits = req.phrases.length ? await match(db, req.phrases, vis) : await allVisible(db, vis);
      const { kept, facets } = filterAndCount(hits, req.filters, areas(), req.facets);
      const page = (await ordered(req, kept)).slice(req.offset, req.offset + req.limit);
      return { hits: page.map(ref), total: kept.length, facets };
    },

    async similar(req): Promise<SearchHitRef[]> {
      const vis = { states: req.states };
      const self = await db.selectFrom('search_documents').select(['doc_id', 'record_type', 'record_id', 'sort_date', 'title_key', 'facets']).where('record_type', '=', req.recordType).where('record_id', '=', req.recordId).executeTakeFirst();
      if (!self) return [];
      const me = hitRow(self as HitRow);
      const codes = [...(me.facets.technologies ?? []), ...(me.facets.targets ?? [])];
      // Candidates: records sharing the most technologies and targets, and records sharing title words.
      const byCodes = codes.length
        ? (
            await db
              .selectFrom('classification_links')
              .select('record_id')
              .where('record_type', '=', req.recordType)
              .where('scheme', 'in', ['technology', 'sdg-target'])
              .where('code', 'in', codes)
              .where('record_id', '!=', req.recordId)
              .groupBy('record_id')
              .orderBy((eb) => eb.fn.countAll(), 'desc')
              .orderBy('record_id')
              .limit(200)
              .execute()
          ).map((r) => r.record_id)
        : [];
      const candidates = new Map<number, RawHit>();
      if (byCodes.length) {
        const { rows } = await sql<HitRow>`SELECT doc_id, record_type, record_id, sort_date, title_key, facets FROM search_documents d
          WHERE d.record_type = ${req.recordType} AND d.record_id IN (${sql.join(byCodes)}) AND ${visibleSql(vis)}`.execute(db);
        for (const r of rows) candidates.set(Number(r.doc_id), hitRow(r));
      }
      const textMatches = new Set<number>();
      for (const phrase of req.phrases.slice(0, 6)) {
        for (const h of (await match(db, [phrase], vis)).slice(0, 300)) {
          if (h.recordType !== req.recordType) continue;
          textMatches.add(h.docId);
          candidates.set(h.docId, h);
        }
      }
      candidates.delete(me.docId);
      return [...candidates.values()]
        .map((h) => ({ h, score: similarityScore(me.facets, h.facets, textMatches.has(h.docId)) }))
        .filter((x) => x.score > 0)
        .sort((a, b) => b.score - a.score || byNewest(a.h, b.h))
        .slice(0, req.limit)
        .map((x) => ref(x.h));
    },

    close: async () => undefined,
  };
}
