import type { Store } from './store/database.ts';
import { unitOfWork } from './store/unit-of-work.ts';
import { migrate } from './store/migrator.ts';
import { VocabularyService } from './domain/vocabulary/vocabulary-service.ts';
import { InitiativeService } from './domain/initiative/initiative-service.ts';
import { OrganisationService } from './domain/organisation/organisation-service.ts';
import { SampleService } from './domain/sample/sample-service.ts';
import { ParticipationService } from './domain/participation/participation-service.ts';
import { PartnershipService } from './domain/partnership/partnership-service.ts';
import { sampleContent } from './sample/sample-content.ts';

/** Every service, built once per process over one database; the web app and the CLI share them. */
export interface Services {
  store: Store;
  vocabulary: VocabularyService;
  initiatives: InitiativeService;
  organisations: OrganisationService;
  sample: SampleService;
  participation: ParticipationService;
  partnership: PartnershipService;
}

export interface ServiceOptions {
  clock?: () => Date;
}

/** Migrates the database, seeds the vocabularies and wires the services. */
export async function createServices(store: Store, opts: ServiceOptions = {}): Promise<Services> {
  await migrate(store.db);
  const uow = unitOfWork(store.db);
  const vocabulary = new VocabularyService(uow);
  await vocabulary.seedAndLoad();
  const initiatives = new InitiativeService(uow, vocabulary, opts.clock);
  const organisations = new OrganisationService(uow, vocabulary, opts.clock);
  const participation = new ParticipationService(uow, vocabulary, opts.clock);
  const partnership = new PartnershipService(uow, vocabulary, initiatives, opts.clock);
  const sample = new SampleService(uow, initiatives, organisations, sampleContent, participation, partnership);
  return { store, vocabulary, initiatives, organisations, sample, participation, partnership };
}
