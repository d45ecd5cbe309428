import type { Translate } from '../../i18n/i18n.ts';
import type { InitiativeKind, InitiativeStatus, OrganisationRole, Scope, LinkKind } from '../../domain/initiative/initiative.ts';
import type { TrustDimension, Significance } from '../../domain/classification/trust-marker.ts';
import type { WorkflowState } from '../../domain/review/workflow.ts';
import type { ClaimSource } from '../../domain/classification/classification.ts';
import type { ItuMembership, OrganisationType } from '../../domain/organisation/organisation.ts';
import { ITU_REGIONS, regionName, type ItuRegion } from '../../domain/vocabulary/country.ts';
import type { FacetName } from '../../domain/search/facets.ts';
import type { Lang } from '../../domain/vocabulary/language.ts';
import type { Vocabulary } from '../../domain/vocabulary/vocabulary.ts';
import type { Freshness } from '../../domain/review/freshness.ts';
import { isPolicyTheme } from '../../domain/vocabulary/policy-theme.ts';
import { policyLevelLabel, policyStatusLabel, policyTypeLabel, themeLabel } from './policy-labels.ts';

// Labels of coded values. Each English label is the message key, so translators see plain words,
// and each call names its message literally, so a scan of the source finds every key.

export const kindLabel = (t: Translate, k: InitiativeKind): string =>
  ({ project: t('Project'), programme: t('Programme'), initiative: t('Initiative'), toolkit: t('Toolkit or guideline'), training: t('Training') })[k];

export const statusLabel = (t: Translate, s: InitiativeStatus): string =>
  ({
    pipeline: t('Pipeline or identification'),
    implementation: t('Implementation'),
    finalisation: t('Finalisation'),
    closed: t('Closed'),
    cancelled: t('Cancelled'),
    suspended: t('Suspended'),
  })[s];

export const scopeLabel = (t: Translate, s: Scope): string => ({ local: t('Local'), national: t('National'), regional: t('Regional'), global: t('Global') })[s];

export const roleLabel = (t: Translate, r: OrganisationRole): string =>
  ({ lead: t('Lead organisation'), implementing: t('Implementing organisation'), funding: t('Funding organisation'), partner: t('Partner') })[r];

export const linkKindLabel = (t: Translate, k: LinkKind): string =>
  ({ website: t('Website'), repository: t('Source code repository'), document: t('Document'), video: t('Video'), other: t('Other link') })[k];

export const dimensionLabel = (t: Translate, d: TrustDimension): string =>
  ({
    'trust-security': t('Trust and security'),
    reliability: t('Reliability'),
    inclusiveness: t('Inclusiveness'),
    transparency: t('Transparency'),
    interoperability: t('Interoperability'),
    accountability: t('Accountability'),
  })[d];

export const significanceLabel = (t: Translate, s: Significance): string => [t('Not targeted'), t('Significant objective'), t('Principal objective')][s]!;

export const stateLabel = (t: Translate, s: WorkflowState): string =>
  ({
    draft: t('Draft'),
    submitted: t('Submitted for review'),
    'changes-requested': t('Changes requested'),
    published: t('Published'),
    declined: t('Declined'),
    archived: t('Archived'),
  })[s];

export const sourceLabel = (t: Translate, s: ClaimSource): string => ({ self: t('Stated by the submitter'), reviewer: t('Added by a reviewer'), machine: t('Suggested by the machine') })[s];

export const ituRegionLabel = (t: Translate, r: ItuRegion): string =>
  ({ AFR: t('Africa'), AMS: t('Americas'), ARB: t('Arab States'), ASP: t('Asia and the Pacific'), CIS: t('CIS'), EUR: t('Europe') })[r];

/** IATI organisation types (codes in domain/organisation/organisation.ts). */
export const organisationTypeLabel = (t: Translate, type: OrganisationType): string =>
  ({
    '10': t('Government'),
    '11': t('Local government'),
    '15': t('Other public sector'),
    '21': t('International NGO'),
    '22': t('National NGO'),
    '23': t('Regional NGO'),
    '24': t('NGO based in a partner country'),
    '30': t('Public–private partnership'),
    '40': t('Multilateral organisation'),
    '60': t('Foundation'),
    '70': t('Private sector'),
    '71': t('Private sector in a provider country'),
    '72': t('Private sector in an aid recipient country'),
    '73': t('Private sector in a third country'),
    '80': t('Academic, training and research'),
    '90': t('Other'),
  })[type];

export const freshnessLabel = (t: Translate, f: Freshness): string =>
  ({ current: t('Verified within 12 months'), 'needs-update': t('Needs update'), 'possibly-inactive': t('Possibly inactive') })[f];

/** The label of a facet value in a language: vocabulary labels for codes, interface strings for the rest. */
export function facetLabel(name: FacetName, value: string, vocab: Vocabulary, lang: Lang, t: Translate): string {
  switch (name) {
    case 'type':
      return value === 'organisation' ? t('Organisations') : value === 'policy' ? t('Policies') : t('Initiatives');
    case 'sdg':
      return `${value}. ${vocab.goal(Number(value))?.short[lang] ?? ''}`.trim();
    case 'technology':
      return vocab.techBySlug.get(value)?.labels[lang] ?? value;
    case 'wsis':
      return `${value} ${vocab.wsisByCode.get(value)?.labels[lang] ?? ''}`.trim();
    case 'country':
      return vocab.countryByIso3.get(value)?.names[lang] ?? value;
    case 'group':
      return vocab.groups.find((g) => g.code === value)?.labels[lang] ?? value;
    case 'region':
      return (ITU_REGIONS as readonly string[]).includes(value) ? t('ITU region: {region}', { region: ituRegionLabel(t, value as never) }) : regionName(value, lang);
    case 'status':
      return statusLabel(t, value as never) ?? policyStatusLabel(t, value as never) ?? value;
    case 'kind':
      return kindLabel(t, value as never) ?? value;
    case 'year':
      return value;
    case 'policyType':
      return policyTypeLabel(t, value as never) ?? value;
    case 'level':
      return policyLevelLabel(t, value as never) ?? value;
    case 'theme':
      return isPolicyTheme(value) ? themeLabel(value, lang) : value;
  }
}


/** ITU membership categories (domain/organisation/organisation.ts). */
export const ituMembershipLabel = (t: Translate, m: ItuMembership): string =>
  ({ 'member-state': t('ITU Member State'), 'sector-member': t('ITU Sector Member'), associate: t('ITU Associate'), academia: t('ITU Academia member'), none: t('Not an ITU member') })[m];
