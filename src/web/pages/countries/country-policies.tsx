import type { Policy } from '../../../domain/policy/policy.ts';
import type { MatrixRow } from '../../../domain/policy/policy-matrix.ts';
import type { VocabCountry } from '../../../domain/vocabulary/vocabulary.ts';
import type { PageContext } from '../../views/context.ts';
import { PolicyCard } from '../../views/policy-card.tsx';
import { CountryPolicyMatrix } from './country-policy-matrix.tsx';

export interface CountryPolicyData {
  national: { items: Policy[]; total: number };
  regional: { items: Policy[]; total: number };
  international: { items: Policy[]; total: number };
  matrix: MatrixRow[];
}

function PolicyList({ ctx, items, total, more }: { ctx: PageContext; items: Policy[]; total: number; more: string }) {
  return (
    <>
      <div class="cards">
        {items.map((p) => (
          <PolicyCard ctx={ctx} p={p} />
        ))}
      </div>
      {total > items.length ? (
        <p>
          <a href={ctx.href(more)}>{ctx.t('See all {count} policy instruments', { count: total })}</a>
        </p>
      ) : null}
    </>
  );
}

/** The policy part of a country profile: its matrix, its own instruments, and the regional and international ones that apply. */
export function CountryPolicies({ ctx, country, data }: { ctx: PageContext; country: VocabCountry; data: CountryPolicyData }) {
  const { t, href } = ctx;
  return (
    <section aria-labelledby="country-policies">
      <h2 id="country-policies">{t('Policy instruments')}</h2>
      <p>
        <a href={href(`/compare?countries=${country.iso3}`)}>{t('Compare with other countries')}</a>
      </p>
      <CountryPolicyMatrix ctx={ctx} country={country} matrix={data.matrix} />
      <h3 id="country-policies-national">{t('{count, plural, =0 {No national instrument recorded yet} one {# national instrument} other {# national instruments}}', { count: data.national.total })}</h3>
      <PolicyList ctx={ctx} {...data.national} more={`/policies?country=${country.iso3}&level=national`} />
      <h3 id="country-policies-regional">{t('{count, plural, =0 {No regional instrument recorded yet} one {# regional instrument that applies} other {# regional instruments that apply}}', { count: data.regional.total })}</h3>
      <PolicyList ctx={ctx} {...data.regional} more={`/policies?country=${country.iso3}&level=regional`} />
      <h3 id="country-policies-international">{t('{count, plural, =0 {No international instrument recorded yet} one {# international instrument} other {# international instruments}}', { count: data.international.total })}</h3>
      <PolicyList ctx={ctx} {...data.international} more="/policies?level=international" />
    </section>
  );
}
