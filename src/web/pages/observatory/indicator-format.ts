import type { Indicator } from '../../../domain/indicator/indicator.ts';
import type { Lang } from '../../../domain/vocabulary/language.ts';
import { regionName } from '../../../domain/vocabulary/country.ts';
import { ITU_REGIONS, type ItuRegion } from '../../../domain/vocabulary/country.ts';
import type { PageContext } from '../../views/context.ts';
import { ituRegionLabel } from '../../views/labels.ts';

/** Formats a value of an indicator in the reader's language: percentages and rates with one decimal, counts whole. */
export function valueFormatter(indicator: Indicator, lang: Lang): (n: number) => string {
  const nf = new Intl.NumberFormat(lang, { maximumFractionDigits: indicator.scale === 'count' ? 0 : 1, minimumFractionDigits: indicator.scale === 'count' ? 0 : 1 });
  return (n) => nf.format(n);
}

/** A gap in points, always signed (−12.3 / +4.0). */
export function gapFormatter(lang: Lang): (n: number) => string {
  const nf = new Intl.NumberFormat(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'exceptZero' });
  return (n) => nf.format(n);
}

/** The name of a group the observatory compares, in the reader's language. */
export function groupLabel(ctx: PageContext, group: string): string {
  if (group === 'WORLD') return ctx.t('World');
  const g = ctx.vocab.groups.find((x) => x.code === group);
  if (g) return g.labels[ctx.lang];
  if ((ITU_REGIONS as readonly string[]).includes(group)) return ituRegionLabel(ctx.t, group as ItuRegion);
  return regionName(group, ctx.lang);
}

/** The label of a breakdown value ('4G', 'female'), translated where we know it. */
export function breakdownLabel(ctx: PageContext, value: string): string {
  const known: Record<string, string> = { female: ctx.t('Women'), male: ctx.t('Men'), '2G': ctx.t('At least 2G'), '3G': ctx.t('At least 3G'), '4G': ctx.t('At least 4G/LTE'), '5G': ctx.t('At least 5G') };
  return known[value] ?? value;
}
