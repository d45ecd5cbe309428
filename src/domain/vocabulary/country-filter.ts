import type { FieldError } from '../errors.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * The country sets of a list filter ("any of these M49 codes" per set, sets combined with AND) from the codes
 * a query gives, and an error for each unknown code.
 */
export function countrySetsFor(vocab: Vocabulary, q: { country?: string; group?: string; region?: string }): { countrySets: string[][]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const countrySets: string[][] = [];
  if (q.country) {
    const c = vocab.countryByIso3.get(q.country);
    if (c) countrySets.push([c.m49]);
    else errors.push({ field: 'country', code: 'unknown-code', message: `${q.country} is not a known ISO alpha-3 country code` });
  }
  if (q.group) {
    const members = vocab.groupMembers(q.group);
    if (members) countrySets.push(members);
    else errors.push({ field: 'group', code: 'unknown-code', message: `${q.group} is not a country group: use LDC, LLDC, SIDS or EIT` });
  }
  if (q.region) {
    const members = vocab.countriesIn(q.region);
    if (members) countrySets.push(members);
    else errors.push({ field: 'region', code: 'unknown-code', message: `${q.region} is not an M49 region code (e.g. 002) or an ITU region (AFR, AMS, ARB, ASP, CIS, EUR)` });
  }
  return { countrySets, errors };
}
