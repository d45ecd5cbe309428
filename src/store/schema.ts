import type { ApiTokenRow, AppSettingRow, AuditLogRow, EmailTokenRow, SessionRow, UserRow } from './schema/accounts.ts';
import type { ClassifierDecisionRow, ClassifierModelRow } from './schema/classifier.ts';
import type { RecordVersionRow, ReviewEventRow } from './schema/history.ts';
import type { IndicatorObservationRow, IndicatorOfficialAggregateRow, IndicatorSeriesRow } from './schema/indicators.ts';
import type { ParticipationBodyRow, ParticipationMeetingRow, ParticipationRowRow, PartnershipConnectionRow, PartnershipEventRow, PartnershipPostRow } from './schema/participation.ts';
import type { PolicyCountryRow, PolicyRelationRow, PolicyRow, PolicyThemeRow } from './schema/policies.ts';
import type { ClassificationLinkRow, ExternalIdRow, InitiativeCountryRow, InitiativeOrganisationRow, InitiativeRow, OrganisationRow, TrustMarkerRow } from './schema/records.ts';
import type { SearchDocumentRow, SearchStateRow } from './schema/search.ts';
import type { CountryGroupMemberRow, CountryGroupRow, CountryRow, SdgGoalRow, SdgIndicatorRow, SdgTargetRow, TechnologyRow, WsisLineRow } from './schema/vocabulary.ts';

// Row types of the tables, as the database returns them, one file per area under schema/. JSON columns are
// text; store code parses them. Database maps each table to its row type for Kysely.

export type * from './schema/vocabulary.ts';
export type * from './schema/records.ts';
export type * from './schema/history.ts';
export type * from './schema/search.ts';
export type * from './schema/policies.ts';
export type * from './schema/classifier.ts';
export type * from './schema/indicators.ts';
export type * from './schema/accounts.ts';
export type * from './schema/participation.ts';


export interface Database {
  users: UserRow;
  sessions: SessionRow;
  api_tokens: ApiTokenRow;
  email_tokens: EmailTokenRow;
  audit_log: AuditLogRow;
  app_settings: AppSettingRow;
  countries: CountryRow;
  country_groups: CountryGroupRow;
  country_group_members: CountryGroupMemberRow;
  sdg_goals: SdgGoalRow;
  sdg_targets: SdgTargetRow;
  sdg_indicators: SdgIndicatorRow;
  technologies: TechnologyRow;
  wsis_lines: WsisLineRow;
  organisations: OrganisationRow;
  initiatives: InitiativeRow;
  initiative_countries: InitiativeCountryRow;
  initiative_organisations: InitiativeOrganisationRow;
  classification_links: ClassificationLinkRow;
  trust_markers: TrustMarkerRow;
  record_versions: RecordVersionRow;
  review_events: ReviewEventRow;
  search_documents: SearchDocumentRow;
  search_state: SearchStateRow;
  indicator_series: IndicatorSeriesRow;
  indicator_observations: IndicatorObservationRow;
  indicator_official_aggregates: IndicatorOfficialAggregateRow;
  policies: PolicyRow;
  policy_countries: PolicyCountryRow;
  policy_themes: PolicyThemeRow;
  policy_relations: PolicyRelationRow;
  external_ids: ExternalIdRow;
  classifier_decisions: ClassifierDecisionRow;
  classifier_models: ClassifierModelRow;
  participation_bodies: ParticipationBodyRow;
  participation_meetings: ParticipationMeetingRow;
  participations: ParticipationRowRow;
  partnership_posts: PartnershipPostRow;
  partnership_connections: PartnershipConnectionRow;
  partnership_events: PartnershipEventRow;
}
