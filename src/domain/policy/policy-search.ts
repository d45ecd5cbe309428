import { claimedCodes } from '../classification/classification.ts';
import type { LangMap } from '../vocabulary/language.ts';
import { policyYear, type Policy } from './policy.ts';

/** What the search index needs of a policy: its texts by language and its facets as codes. */
export interface PolicySearchDocument {
  recordType: 'policy';
  id: string;
  title: LangMap;
  summary: LangMap;
  /** Texts that help find it but are not shown in results: the issuing body and the jurisdiction's organisation. */
  extra: LangMap[];
  originalLang: string;
  facets: {
    type: string;
    level: string;
    status: string;
    themes: string[];
    technologies: string[];
    countries: string[]; // M49
    year: number | null;
  };
  /** Only published records belong in the public index. */
  isPublic: boolean;
  updatedAt: string;
}

/** The search document of a policy (the search engineer indexes these; facets: type, level, theme, status). */
export function policySearchDocument(p: Policy): PolicySearchDocument {
  return {
    recordType: 'policy',
    id: p.id,
    title: p.title,
    summary: p.summary,
    extra: [p.issuingBody, ...(p.jurisdiction.organisation ? [p.jurisdiction.organisation] : [])],
    originalLang: p.originalLang,
    facets: {
      type: p.type,
      level: p.level,
      status: p.status,
      themes: [...p.themes],
      technologies: claimedCodes(p.classifications, 'technology'),
      countries: [...p.countries],
      year: policyYear(p.dates) ?? null,
    },
    isPublic: p.workflowState === 'published',
    updatedAt: p.updatedAt,
  };
}
