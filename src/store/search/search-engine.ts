import type { Executor } from '../database.ts';
import type { RecordType, SearchHitRef, SearchOutcome, SearchPort, SearchRequest } from '../../domain/ports.ts';
import { filterAndCount, withValues, type CountryAreas, type IndexedHit } from '../../domain/search/facets.ts';
import { similarityScore } from '../../domain/search/similarity.ts';
import { matchFts5 } from './fts5.ts';
import { matchPg, rankPg } from './pg-search.ts';
import { allDocIds, entriesByIds, isPostgres, type Match, type Visibility } from './search-sql.ts';

/**
 * Relevance scoring is bounded: the RANK_LIMIT newest matches (after filters) are ranked and come
 * first, best first; any older matches follow, newest first. Finding and counting hits stays exact.
 */
export const RANK_LIMIT = 1000;
/** Entries kept in memory per connection (about 1 KB each); the cache starts over past this. */
const CACHE_LIMIT = 400_000;

type Hit = IndexedHit & { score?: number };

const byNewest = (a: Hit, b: Hit) => (a.sortDate < b.sortDate ? 1 : a.sortDate > b.sortDate ? -1 : b.docId - a.docId);
const byTitle = (a: Hit, b: Hit) => (a.titleKey < b.titleKey ? -1 : a.titleKey > b.titleKey ? 1 : a.docId - b.docId);
const ref = (h: Hit): SearchHitRef => ({ recordType: h.recordType as RecordType, recordId: h.recordId });
const visible = (h: IndexedHit, vis: Visibility) => vis.states.includes(h.state as never) || (vis.alsoCreatedBy !== undefined && h.createdBy === vis.alsoCreatedBy);

/**
 * The search index read side over one connection (the main one, or a worker's read-only one).
 * The database finds the doc ids that match the words; filters, facet counts and sorting run here
 * over entries cached by doc id. An entry never changes once written (a record's every write gives
 * it a new doc id), so the cache needs no invalidation: entries of removed records just stop matching.
 */
export function searchEngine(db: Executor, areas: () => CountryAreas): SearchPort {
  const pg = isPostgres(db);
  const cache = new Map<number, IndexedHit>();

  async function entries(matches: Match[]): Promise<Hit[]> {
    const missing = matches.filter((m) => !cache.has(m.docId)).map((m) => m.docId);
    if (missing.length) {
      if (cache.size + missing.length > CACHE_LIMIT) cache.clear();
      const a = areas();
      for (const e of await entriesByIds(db, missing)) cache.set(e.docId, withValues(e, a));
    }
    const out: Hit[] = [];
    for (const m of matches) {
      const e = cache.get(m.docId);
      if (e) out.push(m.score === undefined ? e : { ...e, score: m.score });
    }
    return out;
  }

  async function ordered(req: SearchRequest, kept: Hit[]): Promise<Hit[]> {
    if (req.sort === 'title') return kept.sort(byTitle);
    kept.sort(byNewest);
    if (req.sort === 'newest' || !req.phrases.length || req.offset >= RANK_LIMIT) return kept;
    const window = kept.slice(0, RANK_LIMIT);
    let ranked: Hit[];
    if (pg) {
      const byId = new Map(window.map((h) => [h.docId, h]));
      ranked = (await rankPg(db, req.phrases, window.map((h) => h.docId))).map((id) => byId.get(id)!).filter(Boolean);
    } else {
      ranked = window.sort((a, b) => a.score! - b.score! || byNewest(a, b)); // BM25: lower is better
    }
    return [...ranked, ...kept.slice(RANK_LIMIT)];
  }

  const match = (phrases: string[][]) => (pg ? matchPg(db, phrases) : matchFts5(db, phrases));

  return {
    async search(req): Promise<SearchOutcome> {
      const vis = { states: req.states, alsoCreatedBy: req.alsoCreatedBy };
      const hits = (await entries(req.phrases.length ? await match(req.phrases) : await allDocIds(db))).filter((h) => visible(h, vis));
      const { kept, facets } = filterAndCount(hits, req.filters, req.facets);
      const page = (await ordered(req, kept)).slice(req.offset, req.offset + req.limit);
      return { hits: page.map(ref), total: kept.length, facets };
    },

    async similar(req): Promise<SearchHitRef[]> {
      const vis = { states: req.states };
      const own = await db.selectFrom('search_documents').select('doc_id').where('record_type', '=', req.recordType).where('record_id', '=', req.recordId).executeTakeFirst();
      if (!own) return [];
      const [me] = await entries([{ docId: Number(own.doc_id) }]);
      if (!me) return [];
      const codes = [...(me.facets.technologies ?? []), ...(me.facets.targets ?? [])];
      // Candidates: the records sharing the most technologies and targets, and records sharing title words.
      const byCodes = codes.length
        ? await db
            .selectFrom('classification_links')
            .innerJoin('search_documents', (j) => j.onRef('search_documents.record_id', '=', 'classification_links.record_id').onRef('search_documents.record_type', '=', 'classification_links.record_type'))
            .select('search_documents.doc_id')
            .where('classification_links.record_type', '=', req.recordType)
            .where('classification_links.scheme', 'in', ['technology', 'sdg-target'])
            .where('classification_links.code', 'in', codes)
            .groupBy('search_documents.doc_id')
            .orderBy((eb) => eb.fn.countAll(), 'desc')
            .orderBy('search_documents.doc_id', 'desc')
            .limit(200)
            .execute()
        : [];
      const textMatches = new Set<number>();
      for (const phrase of req.phrases.slice(0, 6)) for (const m of (await match([phrase])).slice(0, 300)) textMatches.add(m.docId);
      const candidates = await entries([...new Set([...byCodes.map((r) => Number(r.doc_id)), ...textMatches])].map((docId) => ({ docId })));
      return candidates
        .filter((h) => h.docId !== me.docId && h.recordType === req.recordType && visible(h, vis))
        .map((h) => ({ h, score: similarityScore(me.facets, h.facets, textMatches.has(h.docId)) }))
        .filter((x) => x.score > 0)
        .sort((a, b) => b.score - a.score || byNewest(a.h, b.h))
        .slice(0, req.limit)
        .map((x) => ref(x.h));
    },

    close: async () => undefined,
  };
}
