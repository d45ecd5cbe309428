import type { Initiative } from '../initiative/initiative.ts';
import type { Organisation } from '../organisation/organisation.ts';
import type { Policy } from '../policy/policy.ts';
import { policySearchDocument } from '../policy/policy-search.ts';
import type { RecordType } from '../ports.ts';
import type { LangMap } from '../vocabulary/language.ts';
import { claimedCodes, sdgGoalsOf } from '../classification/classification.ts';
import { indexText, foldText } from './text.ts';

/** What a record contributes to the filters and facets: codes only, never labels. */
export interface DocFacets {
  goals?: number[];
  targets?: string[];
  technologies?: string[];
  wsis?: string[];
  /** M49 codes; groups and regions are derived from them at query time, so a group change needs no reindex. */
  countries?: string[];
  status?: string;
  kind?: string;
  year?: number;
  organisations?: string[];
  /** Policies only: instrument type, level and themes. */
  policyType?: string;
  level?: string;
  themes?: string[];
}

/** One record as the search index stores it. Generic over record types (initiatives, organisations, policies). */
export interface SearchDocument {
  recordType: RecordType;
  recordId: string;
  /** Folded, segmented words of every language, by weight: title over summary over description. */
  title: string;
  summary: string;
  description: string;
  /** Visibility is decided at query time from the workflow state and the author. */
  state: string;
  createdBy?: string;
  sortDate: string;
  /** The title in the original language, folded, for the "title" sort. */
  titleKey: string;
  facets: DocFacets;
}

/** The indexed words of every language of these language maps, one after the other (each text indexed on its own). */
function allLanguages(...maps: (LangMap | undefined)[]): string {
  let out = '';
  for (const map of maps) {
    if (!map) continue;
    for (const text of Object.values(map)) {
      const words = text ? indexText(text) : '';
      if (words) out = out ? `${out} ${words}` : words;
    }
  }
  return out;
}

function titleKey(map: LangMap, original: string): string {
  const text = (map as Record<string, string | undefined>)[original] ?? Object.values(map).find(Boolean) ?? '';
  return foldText(text.trim().slice(0, 200));
}

/** The search document of an initiative: every language of its texts, its codes as facets. */
export function initiativeDocument(i: Initiative): SearchDocument {
  const start = i.dates.actualStart ?? i.dates.plannedStart;
  return {
    recordType: 'initiative',
    recordId: i.id,
    title: allLanguages(i.title),
    summary: allLanguages(i.summary),
    description: allLanguages(i.description, i.impact, i.lessons, i.partnerships, i.replicability),
    state: i.workflowState,
    createdBy: i.createdBy,
    sortDate: i.updatedAt,
    titleKey: titleKey(i.title, i.originalLang),
    facets: {
      goals: sdgGoalsOf(i.classifications),
      targets: claimedCodes(i.classifications, 'sdg-target'),
      technologies: claimedCodes(i.classifications, 'technology'),
      wsis: claimedCodes(i.classifications, 'wsis'),
      countries: i.countries,
      status: i.status,
      kind: i.kind,
      year: start ? Number(start.slice(0, 4)) : undefined,
      organisations: i.organisations.map((o) => o.organisationId),
    },
  };
}

/** The search document of an organisation: its names and aliases; archived ones are hidden like unpublished records. */
export function organisationDocument(o: Organisation): SearchDocument {
  return {
    recordType: 'organisation',
    recordId: o.id,
    title: [allLanguages(o.name), ...o.aliases.map(indexText)].filter(Boolean).join(' '),
    summary: '',
    description: '',
    state: o.archivedAt ? 'archived' : 'published',
    createdBy: o.createdBy,
    sortDate: o.updatedAt,
    titleKey: titleKey(o.name, o.originalLang),
    facets: { countries: o.country ? [o.country] : [] },
  };
}

/**
 * The search document of a policy, from the policy's own search view (`policySearchDocument`): its
 * title and summary in every language, the issuing body and jurisdiction as further text, and its
 * codes as facets (SDG goals from its SDG links; groups and regions derive from its countries).
 */
export function policyDocument(p: Policy): SearchDocument {
  const d = policySearchDocument(p);
  return {
    recordType: 'policy',
    recordId: d.id,
    title: allLanguages(d.title),
    summary: allLanguages(d.summary),
    description: allLanguages(...d.extra),
    state: p.workflowState,
    createdBy: p.createdBy,
    sortDate: d.updatedAt,
    titleKey: titleKey(d.title, d.originalLang),
    facets: {
      goals: sdgGoalsOf(p.classifications),
      targets: claimedCodes(p.classifications, 'sdg-target'),
      technologies: d.facets.technologies,
      countries: d.facets.countries,
      status: d.facets.status,
      year: d.facets.year ?? undefined,
      policyType: d.facets.type,
      level: d.facets.level,
      themes: d.facets.themes,
    },
  };
}
