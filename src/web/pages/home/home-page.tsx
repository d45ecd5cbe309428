import type { Initiative } from '../../../domain/initiative/initiative.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { InitiativeCard } from '../../views/components.tsx';

export interface HomeData {
  counts: { initiatives: number; countries: number; organisations: number };
  latest: Initiative[];
}

/** What Leapfrog is, how much it holds, the latest initiatives, and ways in by SDG and technology. */
export function HomePage({ ctx, data }: { ctx: PageContext; data: HomeData }) {
  const { t, fmt, href, vocab } = ctx;
  return (
    <Layout ctx={ctx} title={t('Technologies for the Sustainable Development Goals')}>
      <section class="hero">
        <h1>{t('Technologies for the Sustainable Development Goals')}</h1>
        <p class="lead">
          {t('Leapfrog is an open registry where governments, regulators, companies, universities, civil society and international organisations share how they use 5G, artificial intelligence, the Internet of Things, big data and other new technologies for the SDGs, and where anyone can see which countries are being left behind.')}
        </p>
        <ul class="stats">
          <li>
            <strong>{fmt.number(data.counts.initiatives)}</strong> {t('{count, plural, one {initiative} other {initiatives}}', { count: data.counts.initiatives })}
          </li>
          <li>
            <strong>{fmt.number(data.counts.countries)}</strong> {t('{count, plural, one {country} other {countries}}', { count: data.counts.countries })}
          </li>
          <li>
            <strong>{fmt.number(data.counts.organisations)}</strong> {t('{count, plural, one {organisation} other {organisations}}', { count: data.counts.organisations })}
          </li>
        </ul>
        <p>
          <a class="button" href={href('/initiatives')}>
            {t('Browse all initiatives')}
          </a>{' '}
          <a class="button secondary" href={href('/initiatives?group=LDC')}>
            {t('Initiatives in least developed countries')}
          </a>
        </p>
      </section>

      <section aria-labelledby="latest">
        <h2 id="latest">{t('Latest initiatives')}</h2>
        <div class="cards">
          {data.latest.map((i) => (
            <InitiativeCard ctx={ctx} i={i} />
          ))}
        </div>
      </section>

      <section aria-labelledby="by-sdg">
        <h2 id="by-sdg">{t('Browse by Sustainable Development Goal')}</h2>
        <ul class="tiles sdg-tiles">
          {vocab.goals.map((g) => (
            <li>
              <a class={`tile sdg-${g.number}`} href={href(`/initiatives?sdg=${g.number}`)}>
                <span class="tile-num">{fmt.number(g.number)}</span> <span>{g.short[ctx.lang]}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="by-tech">
        <h2 id="by-tech">{t('Browse by technology')}</h2>
        <ul class="tiles tech-tiles">
          {vocab.technologies.map((tech) => (
            <li>
              <a class="tile" href={href(`/initiatives?technology=${tech.slug}`)}>
                {tech.labels[ctx.lang]}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
