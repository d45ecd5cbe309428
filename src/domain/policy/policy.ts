import type { Lang, LangMap } from '../vocabulary/language.ts';
import type { ClassificationLink } from '../classification/classification.ts';
import type { TrustMarker } from '../classification/trust-marker.ts';
import type { WorkflowState } from '../review/workflow.ts';
import type { PolicyTheme } from '../vocabulary/policy-theme.ts';
import type { Link, Provenance } from '../initiative/initiative.ts';

export const POLICY_TYPES = ['strategy', 'law', 'regulation', 'guideline', 'principles', 'standard', 'plan', 'governance-body'] as const;
export type PolicyType = (typeof POLICY_TYPES)[number];

export const POLICY_LEVELS = ['national', 'regional', 'international'] as const;
export type PolicyLevel = (typeof POLICY_LEVELS)[number];

/** Where an instrument stands; `consultation` covers drafts open for comment. */
export const POLICY_STATUSES = ['consultation', 'adopted', 'in-force', 'under-revision', 'repealed'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

/** Statuses in which an instrument counts as existing for the matrix and coverage (a draft or a repealed text does not). */
export const EFFECTIVE_STATUSES: readonly PolicyStatus[] = ['adopted', 'in-force', 'under-revision'];

/** This instrument amends, replaces or implements another instrument. */
export const POLICY_RELATIONS = ['amends', 'replaces', 'implements'] as const;
export type PolicyRelation = (typeof POLICY_RELATIONS)[number];

/** This instrument enables an initiative, or the initiative implements this instrument. */
export const INITIATIVE_RELATIONS = ['enables', 'implemented-by'] as const;
export type InitiativeRelation = (typeof INITIATIVE_RELATIONS)[number];

export interface PolicyDates {
  proposed?: string; // YYYY-MM-DD: published as a draft or opened for consultation
  adopted?: string;
  inForce?: string;
  revised?: string;
  repealed?: string;
}

/**
 * Who the instrument belongs to: a country (national), a region or country group (regional),
 * and/or the organisation that holds it (the African Union, ASEAN, ITU, …).
 */
export interface Jurisdiction {
  country?: string; // M49
  region?: string; // M49 region code, ITU region or country group code
  organisation?: LangMap;
}

export interface PolicyLinkToPolicy {
  policyId: string;
  relation: PolicyRelation;
}

export interface PolicyLinkToInitiative {
  initiativeId: string;
  relation: InitiativeRelation;
}

/** A policy instrument as the domain sees it. */
export interface Policy {
  id: string;
  title: LangMap;
  summary: LangMap;
  originalLang: Lang;
  type: PolicyType;
  level: PolicyLevel;
  jurisdiction: Jurisdiction;
  /** M49 codes of the countries it applies to: the country of a national instrument, the members of a regional one, none for international ones (they apply to all). */
  countries: string[];
  issuingBody: LangMap;
  status: PolicyStatus;
  dates: PolicyDates;
  themes: PolicyTheme[];
  classifications: ClassificationLink[];
  trustMarkers: TrustMarker[];
  links: Link[];
  relatedPolicies: PolicyLinkToPolicy[];
  initiatives: PolicyLinkToInitiative[];
  provenance: Provenance;
  lastVerified?: string;
  workflowState: WorkflowState;
  isSample: boolean;
  createdBy?: string;
  createdAt: string;
  updatedAt: string;
  archivedAt?: string;
  version: number;
}

/** The year a policy is listed under: adoption, else entry into force, else the draft. */
export function policyYear(dates: PolicyDates): number | undefined {
  const d = dates.adopted ?? dates.inForce ?? dates.proposed;
  return d ? Number(d.slice(0, 4)) : undefined;
}
