import type { VocabCountry } from '../../../domain/vocabulary/vocabulary.ts';
import { regionName } from '../../../domain/vocabulary/country.ts';
import type { PageContext } from '../../views/context.ts';
import { ituRegionLabel } from '../../views/labels.ts';

/** Codes, regions and the groups a country belongs to, each group with the date of its list. */
export function CountryFacts({ ctx, country }: { ctx: PageContext; country: VocabCountry }) {
  const { t, lang, href, vocab, fmt } = ctx;
  const groups = vocab.groups.filter((g) => country.groups.includes(g.code));
  return (
    <dl class="facts">
      <dt>{t('Codes')}</dt>
      <dd>
        {t('M49 {m49} · ISO {iso2} / {iso3}', { m49: country.m49, iso2: country.iso2, iso3: country.iso3 })}
      </dd>
      {country.region ? (
        <>
          <dt>{t('Region')}</dt>
          <dd>
            <a href={href(`/initiatives?region=${country.region}`)}>{regionName(country.region, lang)}</a>
            {country.subregion ? (
              <>
                {' › '}
                <a href={href(`/initiatives?region=${country.subregion}`)}>{regionName(country.subregion, lang)}</a>
              </>
            ) : null}
            {country.intermediateRegion ? (
              <>
                {' › '}
                <a href={href(`/initiatives?region=${country.intermediateRegion}`)}>{regionName(country.intermediateRegion, lang)}</a>
              </>
            ) : null}
          </dd>
        </>
      ) : null}
      {country.ituRegion ? (
        <>
          <dt>{t('ITU region')}</dt>
          <dd>
            <a href={href(`/initiatives?region=${country.ituRegion}`)}>{ituRegionLabel(t, country.ituRegion)}</a>
          </dd>
        </>
      ) : null}
      <dt>{t('Country groups')}</dt>
      <dd>
        {groups.length ? (
          <ul class="inline">
            {groups.map((g) => (
              <li>
                <a href={href(`/initiatives?group=${g.code}`)}>{g.labels[lang]}</a> <span class="muted">({t('list as of {date}', { date: fmt.date(g.asOf) })})</span>
              </li>
            ))}
          </ul>
        ) : (
          t('None of LDC, LLDC, SIDS or economies in transition')
        )}
      </dd>
    </dl>
  );
}
