import { can } from '../../../domain/access/access.ts';
import { ORGANISATION_TYPES, type Organisation, type OrganisationType } from '../../../domain/organisation/organisation.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { Pagination, TableScroll } from '../../views/components.tsx';
import { ActiveFilters, FilterSelect, placeFilterLabel } from '../../views/filters.tsx';
import { organisationTypeLabel } from '../../views/labels.ts';
import { LangText, textOf } from '../../views/text.tsx';
import type { Lang } from '../../../domain/vocabulary/language.ts';

export interface OrganisationListData {
  query: { type?: string; country?: string };
  items: Organisation[];
  total: number;
  page: number;
  limit: number;
}

const FILTERS = ['type', 'country'] as const;

/**
 * Every organisation, a page at a time, as a table (name in the reader's language, type, country), with
 * a GET form for type and country. Finding one by name is the search's work (it folds accents and
 * matches every language and alias), so the name box is a search form limited to organisations.
 */
export function OrganisationListPage({ ctx, data }: { ctx: PageContext; data: OrganisationListData }) {
  const { t, vocab, lang, href } = ctx;
  const q = data.query;
  const params = new URLSearchParams();
  for (const f of FILTERS) if (q[f] !== undefined) params.set(f, q[f]!);
  const any = t('Any');
  const types = (Object.keys(ORGANISATION_TYPES) as OrganisationType[]).map((x): [string, string] => [x, organisationTypeLabel(t, x)]);
  const countries = vocab.countries.map((c): [string, string] => [c.iso3, c.names[lang]]).sort((a, b) => a[1].localeCompare(b[1], lang));
  const labelOf = (f: string, v: string) => (f === 'type' ? organisationTypeLabel(t, v as OrganisationType) || v : (placeFilterLabel(ctx, f, v) ?? v));
  return (
    <Layout ctx={ctx} title={t('Organisations')}>
      <h1>{t('Organisations')}</h1>
      <p class="lead">{t('Governments, agencies, companies, NGOs, universities and international bodies that lead, fund or carry out initiatives.')}</p>
      {can(ctx.actor, 'organisation:create') ? (
        <p>
          <a href={href('/organisations/new')}>{t('Add an organisation')}</a>
        </p>
      ) : null}
      <form method="get" action={href('/search')} role="search" class="filters" aria-label={t('Find an organisation by name')}>
        <input type="hidden" name="type" value="organisation" />
        <div class="field">
          <label for="org-q">{t('Name')}</label>
          <input id="org-q" type="search" name="q" maxLength={200} />
        </div>
        <div class="field actions">
          <button type="submit">{t('Search')}</button>
        </div>
      </form>
      <form method="get" action={href('/organisations')} class="filters" aria-label={t('Filter organisations')}>
        <FilterSelect name="type" label={t('Type')} value={q.type} anyLabel={any} options={types} />
        <FilterSelect name="country" label={t('Country or area')} value={q.country} anyLabel={any} options={countries} />
        <div class="field actions">
          <button type="submit">{t('Apply filters')}</button>
        </div>
      </form>

      <ActiveFilters ctx={ctx} base="/organisations" params={params} labelOf={labelOf} />

      <p class="result-count" role="status">
        {t('{count, plural, =0 {No organisations match.} one {# organisation} other {# organisations}}', { count: data.total })}
      </p>
      {data.items.length ? (
        <TableScroll label={t('Organisations')}>
          <table class="data">
            <thead>
              <tr>
                <th scope="col">{t('Name')}</th>
                <th scope="col">{t('Type')}</th>
                <th scope="col">{t('Country or area')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((o) => {
                const country = o.country ? vocab.countryByM49.get(o.country) : undefined;
                return (
                  <tr>
                    <th scope="row">
                      <a href={href(`/organisations/${o.id}`)}>{textOf(ctx, o.name, o.originalLang as Lang) ? <LangText ctx={ctx} map={o.name} original={o.originalLang as Lang} /> : o.id}</a>
                    </th>
                    <td>{organisationTypeLabel(t, o.type)}</td>
                    <td>{country ? country.names[lang] : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <Pagination ctx={ctx} base="/organisations" params={params} page={data.page} limit={data.limit} total={data.total} />
      <p class="formats">
        <a href={`/api/v1/organisations?${params.toString()}`} type="application/json">
          {t('These results as JSON')}
        </a>
      </p>
    </Layout>
  );
}
