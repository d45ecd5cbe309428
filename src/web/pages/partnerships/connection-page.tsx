import type { Connection, ConnectionEvent, Post } from '../../../domain/partnership/partnership.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { LangText } from '../../views/text.tsx';
import { CsrfField } from '../../views/form.tsx';

export interface ConnectionView {
  connection: Connection;
  need: Post;
  offer: Post;
  contacts: { need: string; offer: string } | null;
  events: ConnectionEvent[];
}

/** A connection: its two sides, its state, the exchange, the contacts once both agreed, and the forms to answer or publish. */
export function ConnectionPage({ ctx, view, mayAnswer, mayPublish }: { ctx: PageContext; view: ConnectionView; mayAnswer: boolean; mayPublish: boolean }) {
  const { t, href, fmt } = ctx;
  const { connection: c, need, offer, contacts, events } = view;
  const status = { requested: t('Waiting for the other side to answer'), accepted: t('Both sides agreed to connect'), declined: t('Declined') }[c.status];
  const action = (key: string) => ({ requested: t('Asked to connect'), accepted: t('Accepted'), declined: t('Declined'), note: t('Note'), 'made-public': t('Made public as a partnership') })[key] ?? key;
  return (
    <Layout ctx={ctx} title={t('Connection')}>
      <h1>{t('Connection')}</h1>
      <dl class="facts">
        <dt>{t('Need')}</dt>
        <dd>
          <a href={href(`/needs/${need.id}`)}>
            <LangText ctx={ctx} map={need.title} original={need.originalLang} />
          </a>
        </dd>
        <dt>{t('Offer')}</dt>
        <dd>
          <a href={href(`/offers/${offer.id}`)}>
            <LangText ctx={ctx} map={offer.title} original={offer.originalLang} />
          </a>
        </dd>
        <dt>{t('Status')}</dt>
        <dd>{status}</dd>
        {contacts ? (
          <>
            <dt>{t('Contact for the need')}</dt>
            <dd>{contacts.need}</dd>
            <dt>{t('Contact for the offer')}</dt>
            <dd>{contacts.offer}</dd>
          </>
        ) : null}
      </dl>
      {c.isPublic ? <LangText ctx={ctx} map={c.publicSummary} as="p" /> : null}
      {events.length ? (
        <section aria-labelledby="exchange">
          <h2 id="exchange">{t('Exchange')}</h2>
          <ol class="timeline">
            {events.map((e) => (
              <li>
                {action(e.action)} · <time dateTime={e.createdAt}>{fmt.date(e.createdAt)}</time>
                {e.note ? <blockquote>{e.note}</blockquote> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {mayAnswer ? (
        <form method="post" action={href(`/connections/${c.id}/answer`)} class="form">
          <CsrfField ctx={ctx} />
          <label for="note">{t('Note (optional)')}</label>
          <textarea id="note" name="note" rows={3} maxLength={2000}></textarea>
          <p>
            <button type="submit" name="answer" value="accept">
              {t('Accept and share contact details')}
            </button>{' '}
            <button type="submit" name="answer" value="decline" class="secondary">
              {t('Decline')}
            </button>
          </p>
        </form>
      ) : null}
      {mayPublish ? (
        <form method="post" action={href(`/connections/${c.id}/publish`)} class="form">
          <CsrfField ctx={ctx} />
          <label for="summary">{t('Describe the partnership to make it public')}</label>
          <textarea id="summary" name="summary" rows={3} maxLength={2000} required></textarea>
          <button type="submit">{t('Make public')}</button>
        </form>
      ) : null}
    </Layout>
  );
}

/** Partnerships made public by both sides' agreement. */
export function PartnershipListPage({ ctx, items }: { ctx: PageContext; items: ConnectionView[] }) {
  const { t, href } = ctx;
  return (
    <Layout ctx={ctx} title={t('Partnerships')}>
      <h1>{t('Partnerships')}</h1>
      <p class="lead">{t('Needs and offers that found each other through Leapfrog, made public by the partners.')}</p>
      {items.length ? null : <p>{t('No partnership has been made public yet.')}</p>}
      {items.map((v) => (
        <article class="card">
          <h2>
            <a href={href(`/connections/${v.connection.id}`)}>
              <LangText ctx={ctx} map={v.need.title} original={v.need.originalLang} />
            </a>
          </h2>
          <LangText ctx={ctx} map={v.connection.publicSummary} as="p" />
        </article>
      ))}
    </Layout>
  );
}
