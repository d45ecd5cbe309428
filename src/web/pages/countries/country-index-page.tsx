import { regionName } from '../../../domain/vocabulary/country.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';

/** Every country and area by M49 region, with its group memberships as short codes. */
export function CountryIndexPage({ ctx }: { ctx: PageContext }) {
  const { t, lang, href, vocab } = ctx;
  const regions = [...new Set(vocab.countries.map((c) => c.region ?? ''))].sort((a, b) => (a ? regionName(a, lang) : '~').localeCompare(b ? regionName(b, lang) : '~', lang));
  return (
    <Layout ctx={ctx} title={t('Countries and areas')}>
      <h1>{t('Countries and areas')}</h1>
      <p class="lead">{t('Every country and area of the UN M49 standard. Groups: LDC least developed countries, LLDC landlocked developing countries, SIDS small island developing States, EIT economies in transition.')}</p>
      {regions.map((r) => (
        <section aria-labelledby={`region-${r || 'none'}`}>
          <h2 id={`region-${r || 'none'}`}>{r ? regionName(r, lang) : t('No region')}</h2>
          <ul class="columns">
            {vocab.countries
              .filter((c) => (c.region ?? '') === r)
              .sort((a, b) => a.names[lang].localeCompare(b.names[lang], lang))
              .map((c) => (
                <li>
                  <a href={href(`/countries/${c.iso3}`)}>{c.names[lang]}</a>
                  {c.groups.length ? <span class="muted"> {c.groups.join(' ')}</span> : null}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
