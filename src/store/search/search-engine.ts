import type { Executor } from '../database.ts';
import type { RecordType, SearchHitRef, SearchOutcome, SearchPort, SearchRequest } from '../../domain/ports.ts';
import type { CountryAreas, RawHit } from '../../domain/search/facets.ts';
import { similarityScore } from '../../domain/search/similarity.ts';
import { matchFts5 } from './fts5.ts';
import { scoredMatchFts5, toPositions, windowScores, type PhraseMatches } from './phrase-matches.ts';
import { matchPg, rankPg } from './pg-search.ts';
import { entriesByIds, isPostgres, type Visibility } from './search-sql.ts';
import { indexVersion } from './search-index.ts';
import { readSnapshot, titleRank, type Snapshot } from './search-snapshot.ts';

/**
 * Relevance scoring is bounded: the RANK_LIMIT newest matches (after filters) are ranked and come
 * first, best first; any older matches follow, newest first. Finding and counting hits stays exact.
 */
export const RANK_LIMIT = 1000;

/** Matches kept per connection for repeated words (12 bytes each on SQLite, position and score: 36 MB). */
const PHRASE_CACHE_POSITIONS = 3_000_000;

/** The positions present in every sorted list (an AND of the words). */
export function intersect(lists: Int32Array[]): Int32Array {
  if (lists.length === 1) return lists[0]!;
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let out = sorted[0]!;
  for (const other of sorted.slice(1)) {
    const next = new Int32Array(out.length);
    let n = 0;
    for (let i = 0, j = 0; i < out.length && j < other.length; ) {
      if (out[i]! < other[j]!) i++;
      else if (out[i]! > other[j]!) j++;
      else {
        next[n++] = out[i]!;
        i++;
        j++;
      }
    }
    out = next.subarray(0, n);
  }
  return out;
}

const byNewest = (a: RawHit, b: RawHit) => (a.sortDate < b.sortDate ? 1 : a.sortDate > b.sortDate ? -1 : b.docId - a.docId);
const ref = (h: RawHit): SearchHitRef => ({ recordType: h.recordType as RecordType, recordId: h.recordId });
const visible = (h: RawHit, vis: Visibility) => vis.states.includes(h.state as never) || (vis.alsoCreatedBy !== undefined && h.createdBy === vis.alsoCreatedBy);

/**
 * The search index read side over one connection (the main one, or a worker's read-only one).
 * The database finds the doc ids that match the words; filters, facet counts and sorting run here
 * over a snapshot of every entry kept in memory (search-snapshot.ts), re-read when the index version
 * has moved, so a search never answers from an index older than the last committed write.
 */
export function searchEngine(db: Executor, areas: () => CountryAreas): SearchPort & { warm(): Promise<void> } {
  const pg = isPostgres(db);
  let snapshot: Snapshot | undefined;
  let reading: Promise<Snapshot> | undefined;

  /** The snapshot, re-read when the index has changed (or `stale`: a match named an unknown doc id). */
  async function current(stale = false): Promise<Snapshot> {
    const version = await indexVersion(db);
    if (snapshot && !stale && version === snapshot.version) return snapshot;
    const old = snapshot;
    // Concurrent searches share one read; a read that started before the change seen here does not
    // count, so one more read follows it.
    for (let tries = 0; tries < 2; tries++) {
      reading ??= readSnapshot(db, areas(), snapshot).finally(() => (reading = undefined));
      snapshot = await reading;
      if (snapshot !== old && snapshot.version >= version) break;
    }
    return snapshot!;
  }

  const match = (phrases: string[][]) => (pg ? matchPg(db, phrases) : matchFts5(db, phrases));

  // The entries matching each phrase (with their BM25 terms on SQLite), for the current snapshot:
  // people's searches share words, so a word is looked up once and a search intersects its words'
  // lists and adds their scores, with no SQL (LRU, bounded).
  let phrases = new Map<string, PhraseMatches>();
  let phrasesOf: Snapshot | undefined;
  let cachedPositions = 0;

  async function phraseMatches(s: Snapshot, phrase: string[]): Promise<PhraseMatches | undefined> {
    if (phrasesOf !== s) [phrases, phrasesOf, cachedPositions] = [new Map(), s, 0];
    const key = phrase.join(' ');
    const known = phrases.get(key);
    if (known) {
      phrases.delete(key);
      phrases.set(key, known);
      return known;
    }
    let found: PhraseMatches | undefined;
    if (pg) found = toPositions(s, await matchPg(db, [phrase]));
    else {
      const { ids, scores } = await scoredMatchFts5(db, phrase);
      found = toPositions(s, ids, scores);
    }
    if (!found) return undefined;
    const size = found.positions.length;
    for (const [k, v] of phrases) {
      if (cachedPositions + size <= PHRASE_CACHE_POSITIONS) break;
      phrases.delete(k);
      cachedPositions -= v.positions.length;
    }
    if (phrasesOf === s && size <= PHRASE_CACHE_POSITIONS) {
      phrases.set(key, found);
      cachedPositions += size;
    }
    return found;
  }

  /** Each phrase's matches, and the positions matching every phrase (index order); undefined when the snapshot is older than a match. */
  async function matching(s: Snapshot, req: SearchRequest): Promise<{ lists: PhraseMatches[]; found: Int32Array } | undefined> {
    if (!req.phrases.length) return { lists: [], found: s.all };
    const lists = await Promise.all(req.phrases.map((p) => phraseMatches(s, p)));
    if (lists.some((l) => l === undefined)) return undefined;
    return { lists: lists as PhraseMatches[], found: intersect(lists.map((l) => l!.positions)) };
  }

  /** The page of kept positions in the requested order; relevance ranks only the newest RANK_LIMIT. */
  async function page(s: Snapshot, req: SearchRequest, kept: Int32Array, lists: PhraseMatches[]): Promise<number[]> {
    const end = req.offset + req.limit;
    if (req.sort === 'title') {
      const rank = titleRank(s);
      return [...kept].sort((a, b) => rank[a]! - rank[b]!).slice(req.offset, end);
    }
    if (req.sort === 'newest' || !req.phrases.length || req.offset >= RANK_LIMIT) return [...kept.subarray(req.offset, end)];
    const window = kept.subarray(0, RANK_LIMIT);
    let ranked: number[];
    if (pg) {
      const docIds = [...window].map((p) => s.hits[p]!.docId);
      ranked = (await rankPg(db, req.phrases, docIds)).map((id) => s.positionOf.get(id)!).filter((p) => p !== undefined);
    } else {
      // BM25 (lower is better) from each phrase's kept scores; ties keep the newest first.
      const score = windowScores(window, lists);
      const order = [...window.keys()].sort((a, b) => score[a]! - score[b]! || a - b);
      ranked = order.map((i) => window[i]!);
    }
    return end <= ranked.length ? ranked.slice(req.offset, end) : [...ranked, ...kept.subarray(RANK_LIMIT)].slice(req.offset, end);
  }

  return {
    /** Reads every entry now (a worker does this before it takes searches). */
    async warm() {
      await current();
    },

    async search(req): Promise<SearchOutcome> {
      let s = await current();
      let m = await matching(s, req);
      if (!m) {
        s = await current(true);
        m = (await matching(s, req)) ?? { lists: [], found: new Int32Array(0) };
      }
      const { kept, facets } = s.index.filterAndCount(m.found, req.filters, req.facets, { states: req.states, alsoCreatedBy: req.alsoCreatedBy }, req.facetLimit);
      return { hits: (await page(s, req, kept, m.lists)).map((p) => ref(s.hits[p]!)), total: kept.length, facets };
    },

    async similar(req): Promise<SearchHitRef[]> {
      const vis = { states: req.states };
      const own = await db.selectFrom('search_documents').select('doc_id').where('record_type', '=', req.recordType).where('record_id', '=', req.recordId).executeTakeFirst();
      if (!own) return [];
      const [me] = await entriesByIds(db, [Number(own.doc_id)]);
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
      for (const phrase of req.phrases.slice(0, 6)) for (const id of (await match([phrase])).slice(0, 300)) textMatches.add(id);
      const candidates = await entriesByIds(db, [...new Set([...byCodes.map((r) => Number(r.doc_id)), ...textMatches])]);
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
