import type { Generated } from 'kysely';

// Rows of the reference vocabularies: countries and groups, SDG goals, targets and indicators, technologies, WSIS lines.

export interface CountryRow {
  m49: string;
  iso2: string;
  iso3: string;
  region: string | null;
  subregion: string | null;
  intermediate_region: string | null;
  itu_region: string | null;
  names: string;
}
export interface CountryGroupRow {
  code: string;
  m49: string | null;
  labels: string;
  as_of: string;
  source: string;
}
export interface CountryGroupMemberRow {
  group_code: string;
  m49: string;
}
export interface SdgGoalRow {
  number: number;
  iri: string;
  short: string;
  title: Generated<string>;
  color: string;
}
export interface SdgTargetRow {
  code: string;
  goal: number;
  iri: string;
  title: Generated<string>;
  position: number;
}
export interface SdgIndicatorRow {
  code: string;
  target: string;
  iri: string;
  title: Generated<string>;
}
export interface TechnologyRow {
  slug: string;
  labels: string;
  description: string;
  position: number;
}
export interface WsisLineRow {
  code: string;
  parent: string | null;
  labels: string;
  position: number;
}
