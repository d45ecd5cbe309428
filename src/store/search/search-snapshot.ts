import type { Executor } from '../database.ts';
import type { CountryAreas, RawHit } from '../../domain/search/facets.ts';
import { FacetIndex } from '../../domain/search/facet-index.ts';
import { indexVersion } from './search-index.ts';
import { allDocIds, allEntries, entriesByIds } from './search-sql.ts';

/**
 * Every live index entry of one connection, in memory, newest first (position 0 is the newest), with
 * its filter values encoded for fast filtering and counting. Matches of the words map to positions, so
 * sorting them by position orders them by date with no string comparison.
 */
export interface Snapshot {
  /** The index version the snapshot was read at (`search_state.version`). */
  version: number;
  hits: RawHit[];
  positionOf: Map<number, number>;
  index: FacetIndex;
  /** Every position, for searches without words. */
  all: Int32Array;
  /** Rank of each position by title, computed on the first title sort. */
  titleRank?: Int32Array;
}

const byNewest = (a: RawHit, b: RawHit) => (a.sortDate < b.sortDate ? 1 : a.sortDate > b.sortDate ? -1 : b.docId - a.docId);

/**
 * Reads a snapshot of the index. Entries never change once written (each write of a record gives it a
 * new doc id), so the entries of `previous` are reused and only new doc ids are loaded.
 */
export async function readSnapshot(db: Executor, areas: CountryAreas, previous?: Snapshot): Promise<Snapshot> {
  // The version is read first: the snapshot may then be newer than its version, never older.
  const version = await indexVersion(db);
  let hits: RawHit[];
  if (!previous) hits = await allEntries(db);
  else {
    const ids = await allDocIds(db);
    const missing = ids.filter((id) => !previous.positionOf.has(id));
    const fresh = new Map((await entriesByIds(db, missing)).map((h) => [h.docId, h]));
    hits = ids.map((id) => fresh.get(id) ?? previous.hits[previous.positionOf.get(id)!]!).filter((h): h is RawHit => h !== undefined);
  }
  hits.sort(byNewest);
  const positionOf = new Map<number, number>();
  hits.forEach((h, p) => positionOf.set(h.docId, p));
  const all = new Int32Array(hits.length);
  for (let p = 0; p < all.length; p++) all[p] = p;
  return { version, hits, positionOf, index: new FacetIndex(hits, areas), all };
}

/** The rank of every position when sorted by title (then doc id), computed once per snapshot. */
export function titleRank(s: Snapshot): Int32Array {
  if (s.titleRank) return s.titleRank;
  const order = [...s.all].sort((a, b) => {
    const x = s.hits[a]!;
    const y = s.hits[b]!;
    return x.titleKey < y.titleKey ? -1 : x.titleKey > y.titleKey ? 1 : x.docId - y.docId;
  });
  const rank = new Int32Array(order.length);
  order.forEach((p, r) => (rank[p] = r));
  return (s.titleRank = rank);
}
