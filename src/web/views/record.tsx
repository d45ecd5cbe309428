import type { ComponentChildren } from 'preact';
import type { Link } from '../../domain/initiative/initiative.ts';
import type { PageContext } from './context.ts';
import { linkKindLabel } from './labels.ts';

/** A titled section of a record page, labelled by its heading. */
export function RecordSection({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={id} class="record-section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** The links of a record, each with its kind. */
export function RecordLinks({ ctx, links }: { ctx: PageContext; links: Link[] }) {
  return (
    <ul>
      {links.map((l) => (
        <li>
          {linkKindLabel(ctx.t, l.kind)}:{' '}
          <a href={l.url} rel="nofollow noopener">
            {l.title ?? l.url}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Last verified, last updated and version: the `dt`/`dd` pairs ending a record's "About this record" list. */
export function RecordFreshness({ ctx, record }: { ctx: PageContext; record: { lastVerified?: string; updatedAt: string; version: number } }) {
  const { t, fmt } = ctx;
  return (
    <>
      {record.lastVerified ? (
        <>
          <dt>{t('Last verified')}</dt>
          <dd>
            <time datetime={record.lastVerified}>{fmt.date(record.lastVerified)}</time>
          </dd>
        </>
      ) : null}
      <dt>{t('Last updated')}</dt>
      <dd>
        <time datetime={record.updatedAt}>{fmt.date(record.updatedAt)}</time> · {t('version {version}', { version: record.version })}
      </dd>
    </>
  );
}

/** A link to the record's API representation. */
export function RecordJsonLink({ ctx, href }: { ctx: PageContext; href: string }) {
  return (
    <p>
      <a href={href} type="application/json">
        {ctx.t('This record as JSON')}
      </a>
    </p>
  );
}
