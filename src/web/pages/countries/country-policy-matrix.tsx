import type { MatrixRow } from '../../../domain/policy/policy-matrix.ts';
import type { VocabCountry } from '../../../domain/vocabulary/vocabulary.ts';
import { POLICY_THEMES } from '../../../domain/vocabulary/policy-theme.ts';
import type { PageContext } from '../../views/context.ts';
import { themeLabel } from '../../views/policy-labels.ts';
import { CountCell } from '../../views/count-cell.tsx';

/**
 * A country's adopted national instruments as a table technology × theme: a number where instruments
 * exist (linking to them), a dash where none does. The last row holds instruments that name no technology.
 */
export function CountryPolicyMatrix({ ctx, country, matrix }: { ctx: PageContext; country: VocabCountry; matrix: MatrixRow[] }) {
  const { t, lang, vocab, href } = ctx;
  const listHref = (technology: string | null, theme: string) =>
    href(`/policies?${new URLSearchParams([['country', country.iso3], ['level', 'national'], ...(technology ? [['technology', technology]] : []), ['theme', theme]]).toString()}`);
  return (
    <div class="table-scroll">
      <table class="matrix">
        <caption>{t('National instruments in force or adopted, by technology and theme. A dash marks a gap.')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Technology')}</th>
            {POLICY_THEMES.map((th) => (
              <th scope="col">{themeLabel(th, lang)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.map((row) => (
            <tr>
              <th scope="row">{row.technology ? (vocab.techBySlug.get(row.technology)?.labels[lang] ?? row.technology) : t('Any technology (cross-cutting)')}</th>
              {row.cells.map((c) => (
                <CountCell ctx={ctx} count={c.policyIds.length} href={listHref(row.technology, c.theme)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
