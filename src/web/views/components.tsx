import type { ComponentChildren } from 'preact';
import type { Initiative } from '../../domain/initiative/initiative.ts';
import type { DuplicateOf } from '../../domain/review/duplicates.ts';
import type { PageContext } from './context.ts';
import { LangText } from './text.tsx';
import { sdgGoalsOf, claimedCodes } from '../../domain/classification/classification.ts';
import { freshnessLabel, kindLabel, statusLabel } from './labels.ts';
import { freshnessOf } from '../../domain/review/freshness.ts';

export function SampleBadge({ ctx }: { ctx: PageContext }) {
  return <span class="badge badge-sample">{ctx.t('Sample content')}</span>;
}

/**
 * "Needs update" (last verified over 12 months ago) or "Possibly inactive" (over 24) on a published record;
 * nothing while it is current. Records never verified count from their last change, as the list filter does.
 */
export function FreshnessBadge({ ctx, i, now = new Date() }: { ctx: PageContext; i: Initiative; now?: Date }) {
  if (i.workflowState !== 'published') return null;
  const verified = i.lastVerified ?? i.updatedAt;
  const freshness = freshnessOf(verified, now);
  if (freshness === 'current') return null;
  return (
    <span class={`badge badge-${freshness}`} title={ctx.t('Last verified {date}', { date: ctx.fmt.date(verified) })}>
      {freshnessLabel(ctx.t, freshness)}
    </span>
  );
}

/** A compact initiative summary for lists; `summary` replaces the summary (search shows a snippet there). */
export function InitiativeCard({ ctx, i, summary }: { ctx: PageContext; i: Initiative; summary?: ComponentChildren }) {
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
        {i.provenance.source === 'synthetic' ? <span class="badge badge-sample">{t('Synthetic record')}</span> : i.isSample ? <SampleBadge ctx={ctx} /> : null} <FreshnessBadge ctx={ctx} i={i} /> <span>{kindLabel(t, i.kind)}</span> · <span>{statusLabel(t, i.status)}</span>
        {i.countries.length ? <> · {i.countries.slice(0, 4).map((m) => vocab.countryName(m, ctx.lang)).join(', ')}{i.countries.length > 4 ? ` +${i.countries.length - 4}` : ''}</> : null}
      </p>
      {summary ?? <LangText ctx={ctx} map={i.summary} original={i.originalLang} as="p" note />}
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

/** Probable duplicates of a record, linked, with why each is one; `children` adds to the notice (a tick box). */
export function DuplicatesNotice({ ctx, duplicates, base = '/initiatives', children }: { ctx: PageContext; duplicates: DuplicateOf[]; base?: string; children?: ComponentChildren }) {
  const { t, href } = ctx;
  return (
    <section class="notice" aria-labelledby="dups">
      <h2 id="dups">{t('Possible duplicates')}</h2>
      <p>{base === '/policies' ? t('These records look similar. Check that this policy is not already described.') : t('These records look similar. Check that this initiative is not already described.')}</p>
      <ul>
        {duplicates.map((d) => (
          <li>
            <a href={href(`${base}/${d.record.id}`)}>
              <LangText ctx={ctx} map={d.record.title} original={d.record.originalLang} />
            </a>{' '}
            ({d.reasons.map((r) => (r === 'same-external-id' ? t('same external id') : t('similar title'))).join(', ')})
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}

/**
 * The scroll box of a table wider than the screen (long words in Russian, narrow phones). It can take
 * keyboard focus so the table scrolls without a mouse (WCAG 2.1.1, axe `scrollable-region-focusable`),
 * and is a named region so a screen reader says what the stop is.
 */
export function TableScroll({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

/** The dates of a record as rows of a definition list: each date that is set, with its label, in the reader's format. */
export function DateRows({ ctx, dates }: { ctx: PageContext; dates: [string, string | undefined][] }) {
  return (
    <>
      {dates
        .filter(([, v]) => v)
        .map(([label, v]) => (
          <>
            <dt>{label}</dt>
            <dd>
              <time datetime={v}>{ctx.fmt.date(v!)}</time>
            </dd>
          </>
        ))}
    </>
  );
}
