import { claimedCodes } from '../classification/classification.ts';
import type { PolicyFacts } from '../ports.ts';
import type { Policy } from './policy.ts';

// What exists and what is missing: instruments by technology × theme for one country, counts by
// country for comparison, and the share of a group's countries with an instrument (coverage).
// Pure functions over records already filtered to the instruments that count (see docs/policies.md).

/** One row of the matrix: a technology, or `null` for instruments that name no technology (cross-cutting). */
export interface MatrixRow {
  technology: string | null;
  cells: { theme: string; policyIds: string[] }[];
}

/** Instruments by technology × theme. Every technology and theme gets a row and a column, empty or not. */
export function policyMatrix(policies: Pick<Policy, 'id' | 'classifications' | 'themes'>[], technologies: readonly string[], themes: readonly string[]): MatrixRow[] {
  const techsOf = new Map(policies.map((p) => [p.id, claimedCodes(p.classifications, 'technology')]));
  return [...technologies, null].map((technology) => ({
    technology,
    cells: themes.map((theme) => ({
      theme,
      policyIds: policies
        .filter((p) => p.themes.includes(theme as never))
        .filter((p) => (technology === null ? techsOf.get(p.id)!.length === 0 : techsOf.get(p.id)!.includes(technology)))
        .map((p) => p.id),
    })),
  }));
}

export interface CoverageRow {
  code: string;
  /** Countries of the population with at least one instrument for this code. */
  countries: number;
  /** `countries / denominator`, 0 when the population is empty. */
  share: number;
}

export interface Coverage {
  denominator: number;
  technologies: CoverageRow[];
  themes: CoverageRow[];
}

/**
 * For each technology and theme, how many countries of `population` (M49 codes) have at least one of
 * the instruments in `facts`. A country counts once however many instruments it has.
 */
export function coverage(facts: PolicyFacts[], population: readonly string[], technologies: readonly string[], themes: readonly string[]): Coverage {
  const inPopulation = new Set(population);
  const countriesWith = (pick: (f: PolicyFacts) => string[], code: string) => {
    const found = new Set<string>();
    for (const f of facts) if (pick(f).includes(code)) for (const c of f.countries) if (inPopulation.has(c)) found.add(c);
    return found.size;
  };
  const row = (pick: (f: PolicyFacts) => string[]) => (code: string): CoverageRow => {
    const n = countriesWith(pick, code);
    return { code, countries: n, share: population.length ? n / population.length : 0 };
  };
  return {
    denominator: inPopulation.size,
    technologies: technologies.map(row((f) => f.technologies)),
    themes: themes.map(row((f) => f.themes)),
  };
}

/** Per country (M49), the number of instruments for each technology and each theme: the compare view. */
export function countsByCountry(facts: PolicyFacts[], countries: readonly string[], technologies: readonly string[], themes: readonly string[]) {
  return countries.map((m49) => {
    const own = facts.filter((f) => f.countries.includes(m49));
    return {
      m49,
      total: own.length,
      technologies: Object.fromEntries(technologies.map((t) => [t, own.filter((f) => f.technologies.includes(t)).length])) as Record<string, number>,
      themes: Object.fromEntries(themes.map((t) => [t, own.filter((f) => f.themes.includes(t)).length])) as Record<string, number>,
    };
  });
}
