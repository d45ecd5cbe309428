import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import type { HelpKind } from './partnership.ts';

/** What the matcher knows about a need, or about a candidate (an offer, an initiative, a policy). */
export interface MatchProfile {
  technologies: string[];
  sdgTargets: string[];
  /** Candidates without kinds of help (initiatives, policies) are matched on topic and place only. */
  helpKinds?: HelpKind[];
  /** M49 codes: the need's country; the candidate's country or countries. */
  countries: string[];
}

export type ReasonCode = 'shared-technology' | 'shared-target' | 'shared-goal' | 'kind-of-help' | 'same-group' | 'same-region' | 'same-subregion';

export interface Reason {
  code: ReasonCode;
  /** The shared code: a technology slug, an SDG target or goal, a kind of help, a group, a region. */
  value: string;
  weight: number;
}

/** Weights of each reason (docs/participation.md explains them). Subject reasons qualify a match; help and place only rank it. */
export const WEIGHTS: Record<ReasonCode, number> = {
  'shared-technology': 3,
  'shared-target': 3,
  'shared-goal': 1,
  'kind-of-help': 4,
  'same-group': 2,
  'same-region': 1.5,
  'same-subregion': 1,
};

// Kind of help and place rank a match; only a shared subject (technology, SDG target or goal) qualifies one.
const TOPICAL: ReasonCode[] = ['shared-technology', 'shared-target', 'shared-goal'];
const goalOf = (target: string) => target.split('.')[0]!;

/**
 * Scores how well a candidate answers a need, with the reasons. A candidate sharing no subject
 * (technology, SDG target or goal) scores 0, whatever help it gives and however close its country.
 */
export function scoreMatch(need: MatchProfile, candidate: MatchProfile, vocab: Vocabulary): { score: number; reasons: Reason[] } {
  const reasons: Reason[] = [];
  const add = (code: ReasonCode, value: string) => reasons.push({ code, value, weight: WEIGHTS[code] });
  for (const t of need.technologies) if (candidate.technologies.includes(t)) add('shared-technology', t);
  for (const t of need.sdgTargets) if (candidate.sdgTargets.includes(t)) add('shared-target', t);
  const sharedTargetGoals = new Set(reasons.filter((r) => r.code === 'shared-target').map((r) => goalOf(r.value)));
  const candidateGoals = new Set(candidate.sdgTargets.map(goalOf));
  for (const g of new Set(need.sdgTargets.map(goalOf))) if (!sharedTargetGoals.has(g) && candidateGoals.has(g)) add('shared-goal', g);
  if (candidate.helpKinds) for (const k of need.helpKinds ?? []) if (candidate.helpKinds.includes(k)) add('kind-of-help', k);
  if (!reasons.some((r) => TOPICAL.includes(r.code))) return { score: 0, reasons: [] };

  const needCountries = need.countries.map((m) => vocab.countryByM49.get(m)).filter((c) => c !== undefined);
  const theirs = candidate.countries.map((m) => vocab.countryByM49.get(m)).filter((c) => c !== undefined);
  const groups = new Set(needCountries.flatMap((c) => c.groups));
  for (const g of groups) if (theirs.some((c) => c.groups.includes(g))) add('same-group', g);
  const itu = new Set(needCountries.map((c) => c.ituRegion).filter(Boolean));
  for (const r of itu) if (theirs.some((c) => c.ituRegion === r)) add('same-region', r!);
  const sub = new Set(needCountries.map((c) => c.subregion).filter(Boolean));
  for (const s of sub) if (theirs.some((c) => c.subregion === s)) add('same-subregion', s!);
  return { score: reasons.reduce((n, r) => n + r.weight, 0), reasons };
}

export interface Ranked<T> {
  type: string;
  id: string;
  score: number;
  reasons: Reason[];
  item: T;
}

/** Candidates that match at all, best first (ties by type and id, so the order is stable). */
export function rankMatches<T>(need: MatchProfile, candidates: { type: string; id: string; profile: MatchProfile; item: T }[], vocab: Vocabulary, limit = 20): Ranked<T>[] {
  return candidates
    .map((c) => ({ type: c.type, id: c.id, item: c.item, ...scoreMatch(need, c.profile, vocab) }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || a.type.localeCompare(b.type) || a.id.localeCompare(b.id))
    .slice(0, limit);
}
