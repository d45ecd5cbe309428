import type { Translate } from '../../../i18n/i18n.ts';
import type { HelpKind } from '../../../domain/partnership/partnership.ts';
import type { Reason } from '../../../domain/partnership/match.ts';
import type { PageContext } from '../../views/context.ts';
import { areaLabel } from '../participation/participation-labels.ts';
import { regionName } from '../../../domain/vocabulary/country.ts';

export const helpKindLabel = (t: Translate, k: HelpKind): string =>
  ({ 'policy-advice': t('Policy advice'), 'capacity-building': t('Capacity building'), funding: t('Funding'), 'technology-partner': t('Technology partner'), data: t('Data') })[k];

/** A match reason as a sentence in the reader's language. */
export function reasonLabel(ctx: PageContext, r: Reason): string {
  const { t, vocab, lang } = ctx;
  switch (r.code) {
    case 'shared-technology':
      return t('Same technology: {name}', { name: vocab.techBySlug.get(r.value)?.labels[lang] ?? r.value });
    case 'shared-target':
      return t('Same SDG target: {code}', { code: r.value });
    case 'shared-goal':
      return t('Same SDG: {goal}', { goal: r.value });
    case 'kind-of-help':
      return t('Gives the help asked for: {kind}', { kind: helpKindLabel(t, r.value as HelpKind) });
    case 'same-group':
      return t('Also in the group: {group}', { group: areaLabel(t, vocab, lang, r.value) });
    case 'same-region':
      return t('Same ITU region: {region}', { region: areaLabel(t, vocab, lang, r.value) });
    case 'same-subregion':
      return t('Same sub-region: {region}', { region: regionName(r.value, lang) });
  }
}
