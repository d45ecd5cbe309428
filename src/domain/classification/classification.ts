/** The vocabularies a record can be classified by. */
export const CLASSIFICATION_SCHEMES = ['sdg-goal', 'sdg-target', 'technology', 'wsis'] as const;
export type ClassificationScheme = (typeof CLASSIFICATION_SCHEMES)[number];

/** Who made a claim: the submitter, a reviewer, or the machine (a suggestion until a person confirms it). */
export const CLAIM_SOURCES = ['self', 'reviewer', 'machine'] as const;
export type ClaimSource = (typeof CLAIM_SOURCES)[number];

/** "This record addresses SDG target 9.c": a claim with its source, evidence and confirmation. */
export interface ClassificationLink {
  scheme: ClassificationScheme;
  code: string; // '9', '9.c', 'internet-of-things', 'C7.e-agriculture'
  source: ClaimSource;
  confidence?: number; // 0..1, for machine suggestions
  evidenceText?: string;
  evidenceUrl?: string;
  confirmedBy?: string; // user id or 'admin-token'
  confirmedAt?: string;
}

/** The SDG goal a goal or target code belongs to: '9.c' → 9, '17' → 17. */
export function goalOf(code: string): number {
  return Number(code.split('.')[0]);
}

/** Codes of one scheme that count as claims: self-declared, reviewed, or machine suggestions a person confirmed. */
export function claimedCodes(links: readonly ClassificationLink[], scheme: ClassificationScheme): string[] {
  return links.filter((c) => c.scheme === scheme && (c.source !== 'machine' || c.confirmedAt)).map((c) => c.code);
}

/** SDG goals addressed: those linked directly and those of linked targets, ascending. */
export function sdgGoalsOf(links: readonly ClassificationLink[]): number[] {
  const goals = [...claimedCodes(links, 'sdg-goal'), ...claimedCodes(links, 'sdg-target')].map(goalOf);
  return [...new Set(goals)].sort((a, b) => a - b);
}
