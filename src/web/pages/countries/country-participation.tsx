import type { Services } from '../../../services.ts';
import type { Body } from '../../../domain/participation/participation.ts';
import type { VocabCountry } from '../../../domain/vocabulary/vocabulary.ts';
import type { participationStats } from '../../../domain/participation/participation-stats.ts';
import type { PageContext } from '../../views/context.ts';
import { LangText } from '../../views/text.tsx';
import { TableScroll } from '../../views/components.tsx';
import { areaLabel } from '../participation/participation-labels.ts';

export interface CountryParticipationData {
  country: VocabCountry;
  bodies: Body[];
  stats: ReturnType<typeof participationStats>;
}

/** Loads what the panel shows: the country's counts per body and year, and its groups' shares. */
export async function countryParticipation(services: Services, country: VocabCountry): Promise<CountryParticipationData> {
  const [bodies, stats] = await Promise.all([services.participation.bodies(), services.participation.stats({ country: country.iso3 })]);
  return { country, bodies, stats };
}

/** The country-profile panel: where the country took part, and how its groups fare against their share of countries. */
export function CountryParticipationPanel({ ctx, data }: { ctx: PageContext; data: CountryParticipationData }) {
  const { t, fmt, href, vocab, lang } = ctx;
  const { country, bodies, stats } = data;
  const pct = (v: number) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(v);
  const rows = bodies
    .map((b) => {
      const items = stats.items.filter((i) => i.body === b.code && i.country && i.country.participants + i.country.leadership > 0);
      const sum = (f: 'participants' | 'contributions' | 'leadership') => items.reduce((n, i) => n + (i.country?.[f] ?? 0), 0);
      return { body: b, years: items.map((i) => i.year), participants: sum('participants'), contributions: sum('contributions'), leadership: sum('leadership') };
    })
    .filter((r) => r.years.length);
  const groups = stats.areas.filter((a) => a.kind === 'group' && country.groups.includes(a.code as never));
  return (
    <section aria-labelledby="country-participation">
      <h2 id="country-participation">{t('Participation in international bodies')}</h2>
      {rows.length ? (
        <TableScroll label={t('Meetings of the bodies followed by Leapfrog where {country} took part', { country: country.names[lang] })}>
          <table>
            <caption>{t('Meetings of the bodies followed by Leapfrog where {country} took part', { country: country.names[lang] })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('Body')}</th>
                <th scope="col">{t('Years')}</th>
                <th scope="col">{t('Delegations')}</th>
                <th scope="col">{t('Contributions')}</th>
                <th scope="col">{t('Leadership roles')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <th scope="row">
                    <a href={href(`/participation?body=${r.body.code}`)}>{r.body.acronym ?? <LangText ctx={ctx} map={r.body.name} />}</a>
                  </th>
                  <td>{r.years.join(', ')}</td>
                  <td>{fmt.number(r.participants)}</td>
                  <td>{fmt.number(r.contributions)}</td>
                  <td>{fmt.number(r.leadership)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p>{t('No participation of {country} is recorded yet.', { country: country.names[lang] })}</p>
      )}
      {groups.map((g) => {
        const total = stats.items.reduce((n, i) => n + i.totals.participants, 0);
        const mine = stats.items.reduce((n, i) => n + (i.areas.find((a) => a.area === g.code)?.participants.count ?? 0), 0);
        return total ? (
          <p>
            {t('Across all bodies and years, {group} sent {share} of the delegations; they are {countryShare} of countries.', {
              group: areaLabel(t, vocab, lang, g.code),
              share: pct(mine / total),
              countryShare: pct(g.countryShare),
            })}
          </p>
        ) : null;
      })}
      <p>
        <a href={href('/participation')}>{t('Participation in every body, by year')}</a>
      </p>
    </section>
  );
}
