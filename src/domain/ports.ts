import type { ApiTokenRepo, AuditRepo, EmailTokenRepo, SessionRepo, UserRepo } from './ports/accounts.ts';
import type { ClassifierRepo } from './ports/classifier.ts';
import type { HistoryRepo } from './ports/history.ts';
import type { IndicatorRepo } from './ports/indicators.ts';
import type { ParticipationRepo, PartnershipRepo } from './ports/participation.ts';
import type { InitiativeRepo, OrganisationRepo, PolicyRepo } from './ports/records.ts';
import type { SettingsRepo, VocabularyRepo } from './ports/reference.ts';
import type { SearchIndexRepo } from './ports/search.ts';

// The store interfaces services need, one file per responsibility under ports/. store/ implements them on
// Kysely; services never see SQL. This file gathers them into the stores a unit of work hands out.

export type * from './ports/records.ts';
export type * from './ports/history.ts';
export type * from './ports/accounts.ts';
export type * from './ports/reference.ts';
export type * from './ports/search.ts';
export type * from './ports/indicators.ts';
export type * from './ports/classifier.ts';
export type * from './ports/participation.ts';

export interface Stores {
  settings: SettingsRepo;
  participation: ParticipationRepo;
  partnership: PartnershipRepo;
  initiatives: InitiativeRepo;
  organisations: OrganisationRepo;
  policies: PolicyRepo;
  history: HistoryRepo;
  vocabulary: VocabularyRepo;
  searchIndex: SearchIndexRepo;
  indicators: IndicatorRepo;
  users: UserRepo;
  sessions: SessionRepo;
  apiTokens: ApiTokenRepo;
  emailTokens: EmailTokenRepo;
  audit: AuditRepo;
  classifier: ClassifierRepo;
}

/** Stores bound to the database, and a way to run several writes in one transaction. */
export interface UnitOfWork extends Stores {
  transaction<T>(fn: (stores: Stores) => Promise<T>): Promise<T>;
}

/**
 * More writes that belong to the saving of a record, run in the save's transaction after the record is written
 * (transactions do not nest, so a second service hands its step to the first). It gets the record as saved and
 * returns it as finally saved; if it throws, nothing of the save is kept.
 */
export type AfterSave<T> = (stores: Stores, saved: T) => Promise<T>;
