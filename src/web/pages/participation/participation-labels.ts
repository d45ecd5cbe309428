import type { Translate } from '../../../i18n/i18n.ts';
import type { ParticipationRole } from '../../../domain/participation/participation.ts';
import type { Vocabulary } from '../../../domain/vocabulary/vocabulary.ts';
import type { Lang } from '../../../domain/vocabulary/language.ts';
import type { ItuRegion } from '../../../domain/vocabulary/country.ts';
import { ituRegionLabel } from '../../views/labels.ts';

/** The three things measured, each a whole sentence fragment in its own message. */
export const MEASURES = ['participants', 'contributions', 'leadership'] as const;
export type Measure = (typeof MEASURES)[number];

export const measureLabel = (t: Translate, m: Measure): string =>
  ({ participants: t('Participants'), contributions: t('Contributions'), leadership: t('Leadership roles') })[m];

export const participationRoleLabel = (t: Translate, r: ParticipationRole): string =>
  ({ participant: t('Participant'), contributor: t('Contributor'), rapporteur: t('Rapporteur'), editor: t('Editor'), 'vice-chair': t('Vice-chair'), chair: t('Chair') })[r];

/** A group's short name from the vocabulary, or an ITU region's label. */
export function areaLabel(t: Translate, vocab: Vocabulary, lang: Lang, code: string): string {
  const group = vocab.groups.find((g) => g.code === code);
  return group ? group.labels[lang] : ituRegionLabel(t, code as ItuRegion);
}
