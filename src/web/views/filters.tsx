import { ITU_REGIONS, regionName } from '../../domain/vocabulary/country.ts';
import { ituRegionLabel } from './labels.ts';
import type { PageContext } from './context.ts';

/** One labelled select of a GET filter form, with an "any" first option. */
export function FilterSelect({ name, label, value, options, anyLabel }: { name: string; label: string; value?: string | number; options: [string, string][]; anyLabel: string }) {
  return (
    <div class="field">
      <label for={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name}>
        <option value="">{anyLabel}</option>
        {options.map(([v, l]) => (
          <option value={v} selected={String(value ?? '') === v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The active filters of a list as links that remove one each, and a link that clears them all. */
export function ActiveFilters({ ctx, base, params, labelOf }: { ctx: PageContext; base: string; params: URLSearchParams; labelOf: (name: string, value: string) => string }) {
  const { t, href } = ctx;
  const active = [...params.keys()].filter((k) => k !== 'page');
  if (!active.length) return null;
  const without = (f: string) => {
    const p = new URLSearchParams(params);
    p.delete(f);
    p.delete('page');
    const s = p.toString();
    return href(`${base}${s ? `?${s}` : ''}`);
  };
  return (
    <div class="active-filters">
      <h2 class="visually-hidden">{t('Active filters')}</h2>
      <ul>
        {active.map((f) => (
          <li>
            <a href={without(f)} aria-label={t('Remove filter: {filter}', { filter: labelOf(f, params.get(f)!) })}>
              {labelOf(f, params.get(f)!)} <span aria-hidden="true">×</span>
            </a>
          </li>
        ))}
        <li>
          <a href={href(base)}>{t('Clear all filters')}</a>
        </li>
      </ul>
    </div>
  );
}

/** The country, country group and region selects that every list by place shares. */
export function PlaceFilters({ ctx, q }: { ctx: PageContext; q: { country?: string; group?: string; region?: string } }) {
  const { t, vocab, lang } = ctx;
  const any = t('Any');
  const byName = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], lang);
  return (
    <>
      <FilterSelect name="country" label={t('Country or area')} value={q.country} anyLabel={any} options={vocab.countries.map((c): [string, string] => [c.iso3, c.names[lang]]).sort(byName)} />
      <FilterSelect name="group" label={t('Country group')} value={q.group} anyLabel={any} options={vocab.groups.map((g) => [g.code, g.labels[lang]])} />
      <FilterSelect
        name="region"
        label={t('Region')}
        value={q.region}
        anyLabel={any}
        options={[
          ...ITU_REGIONS.map((r): [string, string] => [r, t('ITU region: {region}', { region: ituRegionLabel(t, r) })]),
          ...vocab.regionCodes.map((r): [string, string] => [r, regionName(r, lang)]).sort(byName),
        ]}
      />
    </>
  );
}

/** Human label of a country, group or region filter value; undefined for other filters. */
export function placeFilterLabel(ctx: PageContext, name: string, value: string): string | undefined {
  const { vocab, lang, t } = ctx;
  if (name === 'country') return vocab.countryByIso3.get(value)?.names[lang] ?? value;
  if (name === 'group') return vocab.groups.find((g) => g.code === value)?.labels[lang] ?? value;
  if (name === 'region') return (ITU_REGIONS as readonly string[]).includes(value) ? t('ITU region: {region}', { region: ituRegionLabel(t, value as never) }) : regionName(value, lang);
  return undefined;
}
