import type { ComponentChildren } from 'preact';
import type { Initiative } from '../../domain/initiative/initiative.ts';
import type { PageContext } from './context.ts';
import { Layout } from './layout.tsx';
import { InitiativeCard } from './components.tsx';

/**
 * The shape shared by SDG, technology, country and organisation pages: a heading, what the topic is,
 * and the latest initiatives about it with a link to the full filtered list; `after` comes below them (an
 * organisation's history).
 */
export function TopicPage({ ctx, title, intro, initiatives, total, listQuery, children, after }: { ctx: PageContext; title: string; intro?: ComponentChildren; initiatives: Initiative[]; total: number; listQuery: string; children?: ComponentChildren; after?: ComponentChildren }) {
  const { t, href } = ctx;
  const feedUrl = /^(sdg|technology|country|group)=[^&]+$/.test(listQuery) ? `/feeds/initiatives.atom?${listQuery}&lang=${ctx.lang}` : undefined;
  return (
    <Layout ctx={ctx} title={title} feedUrl={feedUrl}>
      <h1>{title}</h1>
      {intro}
      {children}
      <section aria-labelledby="topic-initiatives">
        <h2 id="topic-initiatives">{t('{count, plural, =0 {No initiatives yet} one {# initiative} other {# initiatives}}', { count: total })}</h2>
        <div class="cards">
          {initiatives.map((i) => (
            <InitiativeCard ctx={ctx} i={i} />
          ))}
        </div>
        {total > initiatives.length ? (
          <p>
            <a href={href(`/initiatives?${listQuery}`)}>{t('See all {count} initiatives', { count: total })}</a>
          </p>
        ) : null}
        {feedUrl ? (
          <p class="feed-link">
            <a href={feedUrl} type="application/atom+xml">
              {t('Follow these initiatives (Atom feed)')}
            </a>
          </p>
        ) : null}
      </section>
      {after}
    </Layout>
  );
}

/** A simple index of links with counts, e.g. every SDG or technology. */
export function IndexPage({ ctx, title, intro, items }: { ctx: PageContext; title: string; intro?: string; items: { href: string; label: string; extra?: string; className?: string }[] }) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {intro ? <p class="lead">{intro}</p> : null}
      <ul class="tiles">
        {items.map((it) => (
          <li>
            <a class={`tile ${it.className ?? ''}`.trim()} href={it.href}>
              <span>{it.label}</span>
              {it.extra ? <span class="tile-extra">{it.extra}</span> : null}
            </a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
