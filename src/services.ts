import type { Store } from './store/database.ts';
import { unitOfWork } from './store/unit-of-work.ts';
import { migrate } from './store/migrator.ts';
import { loadConfig, type Config } from './config/config.ts';
import type { Mailer } from './domain/ports.ts';
import { VocabularyService } from './domain/vocabulary/vocabulary-service.ts';
import { InitiativeService } from './domain/initiative/initiative-service.ts';
import { OrganisationService } from './domain/organisation/organisation-service.ts';
import { PolicyService } from './domain/policy/policy-service.ts';
import { SampleService } from './domain/sample/sample-service.ts';
import { AccountService } from './domain/user/account-service.ts';
import { TokenService } from './domain/user/token-service.ts';
import { AuditService } from './domain/audit/audit-service.ts';
import { ReminderService } from './domain/review/reminder-service.ts';
import { ParticipationService } from './domain/participation/participation-service.ts';
import { PartnershipService } from './domain/partnership/partnership-service.ts';
import { sampleContent } from './sample/sample-content.ts';
import { SearchService } from './domain/search/search-service.ts';
import { countryAreas } from './domain/search/facets.ts';
import { searchEngine } from './store/search/search-engine.ts';
import { searchPool } from './store/search/search-pool.ts';
import { CLI_ACTOR } from './domain/access/access.ts';
import type { SearchPort } from './domain/ports.ts';
import { IndicatorService } from './domain/indicator/indicator-service.ts';
import { mailerFor } from './mail/mailer.ts';
import { ExportService } from './domain/exchange/export-service.ts';
import { ImportService } from './domain/exchange/import-service.ts';
import { SuggestionService } from './domain/classify/suggestion-service.ts';

/** Every service, built once per process over one database; the web app and the CLI share them. */
export interface Services {
  store: Store;
  vocabulary: VocabularyService;
  initiatives: InitiativeService;
  organisations: OrganisationService;
  policies: PolicyService;
  sample: SampleService;
  search: SearchService;
  /** Stops the search workers, if any; the caller closes the store. */
  close(): Promise<void>;
  indicators: IndicatorService;
  accounts: AccountService;
  tokens: TokenService;
  audit: AuditService;
  reminders: ReminderService;
  exports: ExportService;
  imports: ImportService;
  suggestions: SuggestionService;
  participation: ParticipationService;
  partnership: PartnershipService;
}

export interface ServiceOptions {
  clock?: () => Date;
  /** Worker threads for searches on a SQLite file (0: search on the main connection). */
  searchWorkers?: number;
  /** Search results kept for repeated searches while the index is unchanged (0: none). */
  searchCache?: number;
  /** Settings (sign-in limits, session lifetime, public URL, mail); defaults when not given. */
  config?: Config;
  /** Where mail goes; by default SMTP or the outbox folder, as configured. */
  mailer?: Mailer;
}

/** Searches run on worker threads with read-only connections when the database is a SQLite file. */
function searchPort(store: Store, vocabulary: VocabularyService, workers: number): SearchPort {
  let areas = countryAreas(vocabulary.current());
  let seen = vocabulary.current();
  const inProcess = searchEngine(store.db, () => {
    if (vocabulary.current() !== seen) [seen, areas] = [vocabulary.current(), countryAreas(vocabulary.current())];
    return areas;
  });
  const file = store.sqliteFile;
  if (store.dialect !== 'sqlite' || !file || workers <= 0) return inProcess;
  const pool = searchPool(file, workers, inProcess);
  void pool.ready; // boot the workers in the background now, not on the first search
  return pool;
}

/** Migrates the database, seeds the vocabularies and wires the services. */
export async function createServices(store: Store, opts: ServiceOptions = {}): Promise<Services> {
  await migrate(store.db);
  const config = opts.config ?? loadConfig({});
  const mailer = opts.mailer ?? mailerFor(config);
  const uow = unitOfWork(store.db);
  const vocabulary = new VocabularyService(uow);
  await vocabulary.seedAndLoad();
  const initiatives = new InitiativeService(uow, vocabulary, opts.clock);
  const organisations = new OrganisationService(uow, vocabulary, opts.clock);
  const policies = new PolicyService(uow, vocabulary, opts.clock);
  const participation = new ParticipationService(uow, vocabulary, opts.clock);
  const partnership = new PartnershipService(uow, vocabulary, initiatives, opts.clock, policies);
  const sample = new SampleService(uow, initiatives, organisations, policies, sampleContent, participation, partnership);
  const index = searchPort(store, vocabulary, opts.searchWorkers ?? 0);
  const search = new SearchService(uow, vocabulary, index, opts.searchCache ?? 0);
  await search.ensureCurrent(CLI_ACTOR);
  const indicators = new IndicatorService(uow, vocabulary, opts.clock);
  const accounts = new AccountService(uow, mailer, config, opts.clock);
  const tokens = new TokenService(uow, opts.clock);
  const audit = new AuditService(uow, opts.clock);
  const reminders = new ReminderService(uow, mailer, config.publicUrl, opts.clock);
  initiatives.review.onTransition(reminders.changesRequestedListener((i) => i.title, (i) => i.originalLang, 'initiatives'));
  const exports = new ExportService(uow);
  const imports = new ImportService(uow, initiatives, organisations, opts.clock);
  const suggestions = new SuggestionService(uow, vocabulary, opts.clock);
  policies.review.onTransition(reminders.changesRequestedListener((p) => p.title, (p) => p.originalLang, 'policies'));
  return { store, vocabulary, initiatives, organisations, policies, sample, search, indicators, accounts, tokens, audit, reminders, exports, imports, suggestions, participation, partnership, close: () => index.close() };
}
