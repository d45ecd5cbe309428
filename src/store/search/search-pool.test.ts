import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../database.ts';
import { createServices } from '../../services.ts';
import { CLI_ACTOR } from '../../domain/access/access.ts';
import { seedSearchFixtures } from '../../../test/fixtures/search-cases.ts';
import { countryAreas, FACETS } from '../../domain/search/facets.ts';
import { searchEngine } from './search-engine.ts';
import { searchPool } from './search-pool.ts';
import { queryPhrases } from '../../domain/search/text.ts';
import type { SearchPort, SearchRequest } from '../../domain/ports.ts';

describe('search worker pool', () => {
  it('answers on worker threads exactly as the main connection does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lf-pool-'));
    const store = openDatabase(`sqlite:${join(dir, 'db.sqlite')}`);
    try {
      const services = await createServices(store);
      await seedSearchFixtures(services);
      const engine = searchEngine(store.db, () => countryAreas(services.vocabulary.current()));
      const refuse: SearchPort = { search: () => Promise.reject(new Error('not the pool')), similar: () => Promise.reject(new Error('not the pool')), close: async () => undefined };
      const pool = searchPool(store.sqliteFile!, 2, refuse);
      assert.equal(await pool.ready, true);
      const req: SearchRequest = { phrases: [['internet']], filters: {}, states: ['published'], sort: 'relevance', offset: 0, limit: 20, facets: FACETS };
      const answers = await Promise.all([1, 2, 3].map(() => pool.search(req)));
      for (const a of answers) assert.deepEqual(a, await engine.search(req));
      assert.ok(answers[0]!.total >= 1);
      // A write on the main connection is seen by every worker's next search (their snapshots are re-read).
      const own = await services.initiatives.list(CLI_ACTOR, { country: 'BOL' });
      await services.initiatives.update(CLI_ACTOR, own.items[0]!.id, { title: { es: 'Astronautas en escuelas' } });
      // The query's words as the index stores them (plurals folded: astronautas → astronauta).
      const astronauts: SearchRequest = { ...req, phrases: queryPhrases('Astronautas') };
      for (const a of await Promise.all([1, 2, 3, 4].map(() => pool.search(astronauts)))) assert.deepEqual(a.hits, [{ recordType: 'initiative', recordId: own.items[0]!.id }]);
      await pool.close();
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
