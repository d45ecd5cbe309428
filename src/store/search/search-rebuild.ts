import type { Executor } from '../database.ts';
import type { SearchIndexRepo } from '../../domain/ports.ts';
import { initiativeDocument, organisationDocument, policyDocument } from '../../domain/search/search-document.ts';
import { WORKFLOW_STATES } from '../../domain/review/workflow.ts';
import { initiativeStore } from '../initiative-store.ts';
import { organisationStore } from '../organisation-store.ts';
import { policyStore } from '../policy-store.ts';
import { bumpIndexVersion, indexDocuments, indexVersion } from './search-index.ts';
import { clearFts5 } from './fts5.ts';
import { isPostgres } from './search-sql.ts';

const PAGE = 500;

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
      const policies = policyStore(db);
      for (let offset = 0; ; offset += PAGE) {
        const ids = (await db.selectFrom('policies').select('id').orderBy('id').offset(offset).limit(PAGE).execute()).map((r) => r.id);
        await indexDocuments(db, (await policies.getMany(ids)).map(policyDocument));
        indexed += ids.length;
        if (ids.length < PAGE) break;
      }
      const organisations = organisationStore(db);
      for (let offset = 0; ; offset += PAGE) {
        const ids = (await db.selectFrom('organisations').select('id').orderBy('id').offset(offset).limit(PAGE).execute()).map((r) => r.id);
        await indexDocuments(db, (await organisations.getMany(ids)).map(organisationDocument));
        indexed += ids.length;
        if (ids.length < PAGE) break;
      }
      return indexed;
    },
  };
}
