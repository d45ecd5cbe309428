import type { Initiative } from '../../domain/initiative/initiative.ts';
import type { PageContext } from './context.ts';
import { LangText } from './text.tsx';
import { sdgGoalsOf, claimedCodes } from '../../domain/classification/classification.ts';
import { kindLabel, statusLabel } from './labels.ts';

export function SampleBadge({ ctx }: { ctx: PageContext }) {
  return <span class="badge badge-sample">{ctx.t('Sample content')}</span>;
}

/** A compact initiative summary for lists. */
export function InitiativeCard({ ctx, i }: { ctx: PageContext; i: Initiative }) {
  const { t, vocab, href } = ctx;
  const goals = sdgGoalsOf(i.classifications);
  const techs = claimedCodes(i.classifications, 'technology');
  return (
    <article class="card">
      <h3>
        <a href={href(`/initiatives/${i.id}`)}>
          <LangText ctx={ctx} map={i.title} original={i.originalLang} />
        </a>
      </h3>
      <p class="meta">
        {i.isSample ? <SampleBadge ctx={ctx} /> : null} <span>{kindLabel(t, i.kind)}</span> · <span>{statusLabel(t, i.status)}</span>
        {i.countries.length ? <> · {i.countries.slice(0, 4).map((m) => vocab.countryName(m, ctx.lang)).join(', ')}{i.countries.length > 4 ? ` +${i.countries.length - 4}` : ''}</> : null}
      </p>
      <LangText ctx={ctx} map={i.summary} original={i.originalLang} as="p" note />
      <ul class="tags" aria-label={t('Classification')}>
        {goals.map((g) => (
          <li>
            <a class={`sdg sdg-${g}`} href={href(`/sdgs/${g}`)}>
              {t('SDG {goal}', { goal: g })}
            </a>
          </li>
        ))}
        {techs.map((s) => (
          <li>
            <a class="tech" href={href(`/technologies/${s}`)}>
              {vocab.techBySlug.get(s)?.labels[ctx.lang] ?? s}
            </a>
          </li>
        ))}
      </ul>
    </article>
  );
}

/** Previous/next and page numbers as plain links that keep the current query. */
export function Pagination({ ctx, base, params, page, limit, total }: { ctx: PageContext; base: string; params: URLSearchParams; page: number; limit: number; total: number }) {
  const pages = Math.max(1, Math.ceil(total / limit));
  if (pages <= 1) return null;
  const link = (p: number) => {
    const q = new URLSearchParams(params);
    if (p === 1) q.delete('page');
    else q.set('page', String(p));
    const s = q.toString();
    return ctx.href(`${base}${s ? `?${s}` : ''}`);
  };
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  return (
    <nav class="pagination" aria-label={ctx.t('Pages')}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={link(page - 1)} rel="prev">
              {ctx.t('Previous')}
            </a>
          </li>
        ) : null}
        {shown.map((p) => (
          <li>
            {p === page ? (
              <span aria-current="page">{ctx.fmt.number(p)}</span>
            ) : (
              <a href={link(p)} aria-label={ctx.t('Page {page}', { page: p })}>
                {ctx.fmt.number(p)}
              </a>
            )}
          </li>
        ))}
        {page < pages ? (
          <li>
            <a href={link(page + 1)} rel="next">
              {ctx.t('Next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
