import { IndicatorPanel, type PanelRow } from '../observatory/indicator-panel.tsx';
import type { ComponentChildren } from 'preact';
import type { VocabCountry } from '../../../domain/vocabulary/vocabulary.ts';
import { POLICY_THEMES } from '../../../domain/vocabulary/policy-theme.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { themeLabel } from '../../views/policy-labels.ts';
import { CountCell } from '../../views/count-cell.tsx';
import { TableScroll } from '../../views/components.tsx';

export interface CompareColumn {
  country: VocabCountry;
  initiatives: number;
  total: number;
  technologies: Record<string, number>;
  themes: Record<string, number>;
}

export const MAX_COMPARED = 4;

/** One row of a comparison: a label and a number per country, a dash where there is none. */
function CountRow({ ctx, label, values, link }: { ctx: PageContext; label: string; values: number[]; link: (i: number) => string }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {values.map((v, i) => (
        <CountCell ctx={ctx} count={v} href={link(i)} />
      ))}
    </tr>
  );
}

/** 2–4 countries side by side: groups, initiatives, and their national instruments by theme and technology. The URL is the comparison. */
export function ComparePage({ ctx, chosen, columns, panels = [] }: { ctx: PageContext; chosen: string[]; columns: CompareColumn[]; panels?: PanelRow[][] }) {
  const { t, lang, href, vocab } = ctx;
  const byName = [...vocab.countries].sort((a, b) => a.names[lang].localeCompare(b.names[lang], lang));
  const Section = ({ id, title, children }: { id: string; title: string; children: ComponentChildren }) => (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <TableScroll label={t('Table: {title}', { title })}>
        <table class="compare">
          <thead>
            <tr>
              <td></td>
              {columns.map((c) => (
                <th scope="col">
                  <a href={href(`/countries/${c.country.iso3}`)}>{c.country.names[lang]}</a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </TableScroll>
    </section>
  );
  const policiesOf = (i: number, extra: string) => href(`/policies?country=${columns[i]!.country.iso3}&level=national${extra}`);
  return (
    <Layout ctx={ctx} title={t('Compare countries')}>
      <h1>{t('Compare countries')}</h1>
      <form method="get" action={href('/compare')} class="filters" aria-label={t('Choose countries')}>
        {Array.from({ length: MAX_COMPARED }, (_, i) => (
          <div class="field">
            <label for={`compare-${i}`}>{t('Country {number}', { number: i + 1 })}</label>
            <select id={`compare-${i}`} name="countries">
              <option value="">{t('None')}</option>
              {byName.map((c) => (
                <option value={c.iso3} selected={chosen[i] === c.iso3}>
                  {c.names[lang]}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div class="field actions">
          <button type="submit">{t('Compare')}</button>
        </div>
      </form>
      {columns.length < 2 ? (
        <p>{t('Choose two to four countries. The address of the page keeps your choice, so you can share it.')}</p>
      ) : (
        <>
          <Section id="compare-overview" title={t('Overview')}>
            <tr>
              <th scope="row">{t('Country groups')}</th>
              {columns.map((c) => (
                <td>{c.country.groups.length ? c.country.groups.map((g) => vocab.groups.find((x) => x.code === g)?.labels[lang] ?? g).join(', ') : '—'}</td>
              ))}
            </tr>
            <CountRow ctx={ctx} label={t('Initiatives')} values={columns.map((c) => c.initiatives)} link={(i) => href(`/initiatives?country=${columns[i]!.country.iso3}`)} />
            <CountRow ctx={ctx} label={t('National instruments in force or adopted')} values={columns.map((c) => c.total)} link={(i) => policiesOf(i, '')} />
          </Section>
          <Section id="compare-themes" title={t('National instruments by theme')}>
            {POLICY_THEMES.map((th) => (
              <CountRow ctx={ctx} label={themeLabel(th, lang)} values={columns.map((c) => c.themes[th] ?? 0)} link={(i) => policiesOf(i, `&theme=${th}`)} />
            ))}
          </Section>
          <Section id="compare-technologies" title={t('National instruments by technology')}>
            {vocab.technologies.map((x) => (
              <CountRow ctx={ctx} label={x.labels[lang]} values={columns.map((c) => c.technologies[x.slug] ?? 0)} link={(i) => policiesOf(i, `&technology=${x.slug}`)} />
            ))}
          </Section>
          {panels.length ? (
            <div class="compare-panels">
              {columns.map((c, i) => (
                <div>
                  <p class="compare-panel-country" id={`panel-country-${c.country.iso3}`}>
                    {c.country.names[lang]}
                  </p>
                  <IndicatorPanel ctx={ctx} rows={panels[i] ?? []} headingId={`indicators-${c.country.iso3}`} namedBy={`panel-country-${c.country.iso3}`} />
                </div>
              ))}
            </div>
          ) : null}
        </>
      )}
    </Layout>
  );
}
