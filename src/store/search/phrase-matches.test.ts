import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { openDatabase } from '../database.ts';
import { createServices } from '../../services.ts';
import { CLI_ACTOR } from '../../domain/access/access.ts';
import { countryAreas } from '../../domain/search/facets.ts';
import { queryPhrases } from '../../domain/search/text.ts';
import { seedSearchFixtures } from '../../../test/fixtures/search-cases.ts';
import { fts5Query } from './fts5.ts';
import { intersect } from './search-engine.ts';
import { readSnapshot } from './search-snapshot.ts';
import { scoredMatchFts5, toPositions, windowScores } from './phrase-matches.ts';

// The ranking relies on FTS5's bm25() of a query being the sum of its phrases' bm25() in phrase order:
// the kept per-phrase scores must give the very same numbers as SQLite does for the whole query.
test('kept per-phrase scores add up to exactly the bm25() of the whole query (SQLite)', async () => {
  const store = openDatabase('sqlite::memory:');
  try {
    const services = await createServices(store);
    await services.sample.load(CLI_ACTOR);
    await seedSearchFixtures(services);
    const s = await readSnapshot(store.db, countryAreas(services.vocabulary.current()));
    let compared = 0;
    for (const q of ['digital', 'data internet', 'AI crop disease', '5G 频谱 政策', '频谱政策', 'mobile money africa', 'données ouvertes', 'إنترنت الأشياء', 'цифровая грамотность', 'national data protection']) {
      const phrases = queryPhrases(q);
      const lists = [];
      for (const p of phrases) {
        const { ids, scores } = await scoredMatchFts5(store.db, p);
        lists.push(toPositions(s, ids, scores)!);
      }
      const window = intersect(lists.map((l) => l.positions));
      const mine = windowScores(window, lists);
      const { rows } = await sql<{ id: number; score: number }>`SELECT rowid AS id, bm25(search_fts, 10.0, 4.0, 1.0) AS score FROM search_fts WHERE search_fts MATCH ${fts5Query(phrases)}`.execute(store.db);
      const theirs = new Map(rows.map((r) => [Number(r.id), Number(r.score)]));
      assert.equal(window.length, theirs.size, `${q}: the same matches`);
      window.forEach((p, i) => assert.ok(Object.is(mine[i], theirs.get(s.hits[p]!.docId)), `${q}: ${mine[i]} = ${theirs.get(s.hits[p]!.docId)}`));
      compared += window.length;
    }
    assert.ok(compared >= 20, `compared ${compared} scores`);
    await services.close();
  } finally {
    await store.close();
  }
});
