import type { Executor } from '../database.ts';
import type { SearchIndexRepo } from '../../domain/ports.ts';
import { initiativeDocument, organisationDocument, policyDocument, type SearchDocument } from '../../domain/search/search-document.ts';
import { WORKFLOW_STATES } from '../../domain/review/workflow.ts';
import { initiativeStore } from '../initiative-store.ts';
import { organisationStore } from '../organisation-store.ts';
import { policyStore } from '../policy-store.ts';
import { bumpIndexVersion, indexDocuments, indexVersion } from './search-index.ts';
import { clearFts5 } from './fts5.ts';
import { isPostgres } from './search-sql.ts';

const PAGE = 500;

/** Indexes every record of a table, page by page; returns how many. */
async function indexTable<R>(db: Executor, table: 'policies' | 'organisations', load: (ids: string[]) => Promise<R[]>, toDocument: (r: R) => SearchDocument): Promise<number> {
  let indexed = 0;
  for (let offset = 0; ; offset += PAGE) {
    const ids = (await db.selectFrom(table).select('id').orderBy('id').offset(offset).limit(PAGE).execute()).map((r) => r.id);
    await indexDocuments(db, (await load(ids)).map(toDocument));
    indexed += ids.length;
    if (ids.length < PAGE) return indexed;
  }
}

/** `npx leapfrog search reindex`: drops the index and indexes every record again, page by page. */
export function searchIndexStore(db: Executor): SearchIndexRepo {
  return {
    version: () => indexVersion(db),

    async rebuild() {
      await bumpIndexVersion(db);
      await db.deleteFrom('search_documents').execute();
      if (!isPostgres(db)) await clearFts5(db);
      let indexed = 0;
      const initiatives = initiativeStore(db);
      for (let offset = 0; ; offset += PAGE) {
        const page = await initiatives.list({ states: [...WORKFLOW_STATES] }, offset, PAGE);
        await indexDocuments(db, page.items.map(initiativeDocument));
        indexed += page.items.length;
        if (page.items.length < PAGE) break;
      }
      indexed += await indexTable(db, 'policies', (ids) => policyStore(db).getMany(ids), policyDocument);
      indexed += await indexTable(db, 'organisations', (ids) => organisationStore(db).getMany(ids), organisationDocument);
      return indexed;
    },
  };
}
