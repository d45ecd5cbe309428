import type { Translate } from '../../i18n/i18n.ts';
import type { InitiativeRelation, PolicyLevel, PolicyRelation, PolicyStatus, PolicyType } from '../../domain/policy/policy.ts';
import { POLICY_THEME_LABELS, type PolicyTheme } from '../../domain/vocabulary/policy-theme.ts';
import type { Lang } from '../../domain/vocabulary/language.ts';

// Labels of policy codes. Each English label is the message key; each call names it literally.

export const policyTypeLabel = (t: Translate, k: PolicyType): string =>
  ({
    strategy: t('Strategy'),
    law: t('Law'),
    regulation: t('Regulation'),
    guideline: t('Guideline'),
    principles: t('Principles'),
    standard: t('Standard'),
    plan: t('Plan'),
    'governance-body': t('Governance body'),
  })[k];

export const policyLevelLabel = (t: Translate, l: PolicyLevel): string => ({ national: t('National'), regional: t('Regional'), international: t('International') })[l];

export const policyStatusLabel = (t: Translate, s: PolicyStatus): string =>
  ({ consultation: t('Draft or consultation'), adopted: t('Adopted'), 'in-force': t('In force'), 'under-revision': t('Under revision'), repealed: t('Repealed') })[s];

/** "amends X" seen from the amending policy (`out`) or from the amended one (`in`). */
export const policyRelationLabel = (t: Translate, r: PolicyRelation, direction: 'out' | 'in'): string =>
  direction === 'out'
    ? { amends: t('Amends'), replaces: t('Replaces'), implements: t('Implements') }[r]
    : { amends: t('Amended by'), replaces: t('Replaced by'), implements: t('Implemented by') }[r];

export const initiativeRelationLabel = (t: Translate, r: InitiativeRelation): string => ({ enables: t('Enabled by this instrument'), 'implemented-by': t('Implements this instrument') })[r];

export const themeLabel = (theme: PolicyTheme, lang: Lang): string => POLICY_THEME_LABELS[theme][lang];
