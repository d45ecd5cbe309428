import { ITU_REGIONS, regionName } from '../vocabulary/country.ts';
import type { Lang } from '../vocabulary/language.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';

/** What a region code of a policy's jurisdiction is: an M49 region, an ITU region or a country group. */
export type AreaKind = 'm49-region' | 'itu-region' | 'group';

/** The kind and name of a region code ('002', 'ARB', 'LDC'), for dumps and linked data. */
export function areaOf(vocab: Vocabulary, code: string, lang: Lang = 'en'): { kind: AreaKind; name: string } {
  if ((ITU_REGIONS as readonly string[]).includes(code)) return { kind: 'itu-region', name: `ITU ${code}` };
  const group = vocab.groups.find((g) => g.code === code);
  if (group) return { kind: 'group', name: group.labels[lang] };
  return { kind: 'm49-region', name: regionName(code, lang) };
}
