import { sql } from 'kysely';
import type { Executor } from '../database.ts';
import { fts5Query } from './fts5.ts';
import type { Snapshot } from './search-snapshot.ts';

/**
 * The entries matching one phrase: their snapshot positions in index order (newest first) and, on
 * SQLite, each one's BM25 term for this phrase, aligned with the positions.
 */
export interface PhraseMatches {
  positions: Int32Array;
  scores?: Float64Array;
}

/**
 * Every entry matching one phrase, each with FTS5's BM25 score of that phrase alone (same weights as
 * the search: title 10, summary 4, description 1).
 *
 * FTS5's bm25() of a query of several phrases is `-(t₁ + t₂ + …)`, added in phrase order, where tᵢ
 * depends only on phrase i (its IDF over the whole table, its weighted count in the row, the row's
 * length): the score of phrase i alone is exactly `-tᵢ`. Summing the kept scores in phrase order
 * therefore gives the very same number as bm25() of the whole query, with no SQL per search.
 */
export async function scoredMatchFts5(db: Executor, phrase: string[]): Promise<{ ids: number[]; scores: number[] }> {
  const { rows } = await sql<{ id: number; score: number }>`SELECT rowid AS id, bm25(search_fts, 10.0, 4.0, 1.0) AS score FROM search_fts WHERE search_fts MATCH ${fts5Query([phrase])}`.execute(db);
  const ids = new Array<number>(rows.length);
  const scores = new Array<number>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    ids[i] = Number(rows[i]!.id);
    scores[i] = Number(rows[i]!.score);
  }
  return { ids, scores };
}

/**
 * Maps matching doc ids (and their scores) to sorted snapshot positions; undefined when a doc id is
 * not in the snapshot (written after it was read).
 */
export function toPositions(s: Snapshot, ids: readonly number[], scores?: readonly number[]): PhraseMatches | undefined {
  const positions = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const p = s.positionOf.get(ids[i]!);
    if (p === undefined) return undefined;
    positions[i] = p;
  }
  if (!scores) return { positions: positions.sort() };
  // Scores are scattered by position into a scratch array of the snapshot's size, then gathered in
  // position order: a numeric sort of the positions instead of a sort of pairs.
  const scratch = scratchFor(s.hits.length);
  for (let i = 0; i < ids.length; i++) scratch[positions[i]!] = scores[i]!;
  positions.sort();
  const aligned = new Float64Array(positions.length);
  for (let i = 0; i < positions.length; i++) aligned[i] = scratch[positions[i]!]!;
  return { positions, scores: aligned };
}

let scratch = new Float64Array(0);
const scratchFor = (n: number) => (scratch.length >= n ? scratch : (scratch = new Float64Array(n)));

/**
 * The BM25 score of each of these positions (sorted, each matching every phrase) for the whole query:
 * the phrases' scores added in phrase order, as FTS5 adds them (see scoredMatchFts5).
 */
export function windowScores(window: Int32Array, phrases: readonly PhraseMatches[]): Float64Array {
  const out = new Float64Array(window.length);
  for (const m of phrases) {
    const { positions, scores } = m;
    let lo = 0;
    for (let i = 0; i < window.length; i++) {
      // The window is sorted: each search starts where the last one ended.
      const p = window[i]!;
      let hi = positions.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (positions[mid]! < p) lo = mid + 1;
        else hi = mid;
      }
      out[i] = out[i]! + scores![lo]!;
    }
  }
  return out;
}
