import type { Lang, LangMap } from '../vocabulary/language.ts';
import type { ClassificationLink } from '../classification/classification.ts';
import type { TrustMarker } from '../classification/trust-marker.ts';
import type { WorkflowState } from '../review/workflow.ts';

export const INITIATIVE_KINDS = ['project', 'programme', 'initiative', 'toolkit', 'training'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

/** IATI ActivityStatus codelist, by name; `iatiCode` is the codelist code. */
export const INITIATIVE_STATUSES = ['pipeline', 'implementation', 'finalisation', 'closed', 'cancelled', 'suspended'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
export const iatiActivityStatusCode = (s: InitiativeStatus): string => String(INITIATIVE_STATUSES.indexOf(s) + 1);

export const SCOPES = ['local', 'national', 'regional', 'global'] as const;
export type Scope = (typeof SCOPES)[number];

export const ORGANISATION_ROLES = ['lead', 'implementing', 'funding', 'partner'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

export const LINK_KINDS = ['website', 'repository', 'document', 'video', 'other'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface Link {
  kind: LinkKind;
  url: string;
  title?: string;
}

/** A quantitative impact figure: "120,000 farmers reached" = {value: 120000, unit: 'people', label: {en: 'farmers reached'}}. */
export interface ImpactMetric {
  label: LangMap;
  value: number;
  unit?: string;
  year?: number;
}

export interface InitiativeDates {
  plannedStart?: string; // YYYY-MM-DD
  plannedEnd?: string;
  actualStart?: string;
  actualEnd?: string;
}

export interface ExternalIds {
  wsis?: string;
  dpg?: string;
  iati?: string;
}

export interface Provenance {
  source: string; // 'sample', 'api', 'form', 'import:dpg', 'import:iati', …
  url?: string;
  importedAt?: string;
  /** Where in the imported file the record came from: 'dhis2.json', 'activities.xml#3', 'sheet.csv:12'. */
  reference?: string;
}

export interface InitiativeOrganisation {
  organisationId: string;
  role: OrganisationRole;
}

/** The record as the domain sees it. */
export interface Initiative {
  id: string;
  title: LangMap;
  summary: LangMap;
  description: LangMap;
  originalLang: Lang;
  kind: InitiativeKind;
  status: InitiativeStatus;
  dates: InitiativeDates;
  scope?: Scope;
  countries: string[]; // M49 codes
  organisations: InitiativeOrganisation[];
  classifications: ClassificationLink[];
  trustMarkers: TrustMarker[];
  impact: LangMap;
  impactMetrics: ImpactMetric[];
  partnerships: LangMap;
  lessons: LangMap;
  replicability: LangMap;
  budget?: { amount: number; currency: string };
  links: Link[];
  licence?: string; // SPDX id
  externalIds: ExternalIds;
  provenance: Provenance;
  lastVerified?: string;
  workflowState: WorkflowState;
  isSample: boolean;
  createdBy?: string; // user id, 'admin-token', 'cli' or 'sample'
  createdAt: string;
  updatedAt: string;
  archivedAt?: string;
  version: number;
}
