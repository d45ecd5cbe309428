import type { DocFacets } from './search-document.ts';

const shared = (a: readonly (string | number)[] = [], b: readonly (string | number)[] = []) => a.filter((x) => b.includes(x)).length;

/**
 * How alike two records are: shared SDG targets weigh most, then technologies, then countries and
 * goals; sharing title words adds as much as a technology.
 */
export function similarityScore(a: DocFacets, b: DocFacets, sharesWords: boolean): number {
  return 3 * shared(a.targets, b.targets) + 2 * shared(a.technologies, b.technologies) + shared(a.countries, b.countries) + shared(a.goals, b.goals) + (sharesWords ? 2 : 0);
}
