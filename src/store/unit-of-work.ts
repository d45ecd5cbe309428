import type { Db, Executor } from './database.ts';
import type { Stores, UnitOfWork } from '../domain/ports.ts';
import { initiativeStore } from './initiative-store.ts';
import { organisationStore } from './organisation-store.ts';
import { policyStore } from './policy-store.ts';
import { historyStore } from './history-store.ts';
import { vocabularyStore } from './vocabulary-store.ts';
import { settingsStore } from './settings-store.ts';
import { searchIndexStore } from './search/search-rebuild.ts';
import { indicatorStore } from './indicator-store.ts';
import { userStore } from './user-store.ts';
import { sessionStore } from './session-store.ts';
import { apiTokenStore } from './api-token-store.ts';
import { emailTokenStore } from './email-token-store.ts';
import { auditStore } from './audit-store.ts';
import { classifierStore } from './classifier-store.ts';
import { participationStore } from './participation-store.ts';
import { partnershipStore } from './partnership-store.ts';

function stores(db: Executor): Stores {
  return {
    settings: settingsStore(db),
    initiatives: initiativeStore(db),
    organisations: organisationStore(db),
    policies: policyStore(db),
    history: historyStore(db),
    vocabulary: vocabularyStore(db),
    searchIndex: searchIndexStore(db),
    indicators: indicatorStore(db),
    users: userStore(db),
    sessions: sessionStore(db),
    apiTokens: apiTokenStore(db),
    emailTokens: emailTokenStore(db),
    audit: auditStore(db),
    classifier: classifierStore(db),
    participation: participationStore(db),
    partnership: partnershipStore(db),
  };
}

/** Every store bound to `db`, plus `transaction` to run several writes atomically. */
export function unitOfWork(db: Db): UnitOfWork {
  return {
    ...stores(db),
    transaction: (fn) => db.transaction().execute((trx) => fn(stores(trx))),
  };
}
