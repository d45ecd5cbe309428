import type { FieldError } from '../../../domain/errors.ts';
import { HELP_KINDS, type Post, type PostKind } from '../../../domain/partnership/partnership.ts';
import { LANGS } from '../../../domain/vocabulary/language.ts';
import type { Match } from '../../../domain/partnership/partnership-service.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { LangText } from '../../views/text.tsx';
import { CsrfField, ErrorSummary } from '../../views/form.tsx';
import { valuesOf, type FormBody } from '../record-form/form-data.ts';
import { LangTexts, SelectInput, TextInput } from '../record-form/form-fields.tsx';
import { helpKindLabel, reasonLabel } from './partnership-labels.ts';

const path = (kind: PostKind) => (kind === 'need' ? '/needs' : '/offers');

function PostSummary({ ctx, post }: { ctx: PageContext; post: Post }) {
  const { t, vocab, lang } = ctx;
  return (
    <p class="meta">
      {post.isSample ? <span class="badge badge-sample">{t('Sample content')}</span> : null} {post.country ? vocab.countryName(post.country, lang) : t('Any country')} ·{' '}
      {post.helpKinds.map((k) => helpKindLabel(t, k)).join(', ')}
      {post.technologies.length ? <> · {post.technologies.map((s) => vocab.techBySlug.get(s)?.labels[lang] ?? s).join(', ')}</> : null}
      {post.sdgTargets.length ? <> · {t('SDG targets {codes}', { codes: post.sdgTargets.join(', ') })}</> : null}
    </p>
  );
}

/** Open needs or offers, newest first. */
export function PostListPage({ ctx, kind, posts, total }: { ctx: PageContext; kind: PostKind; posts: Post[]; total: number }) {
  const { t, href } = ctx;
  const title = kind === 'need' ? t('Needs: help that countries ask for') : t('Offers: help that organisations give');
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{t('Post what your organisation needs or offers; Leapfrog suggests matches and shows why. Contact details are shared only when both sides agree.')}</p>
      <p>
        <a href={href(kind === 'need' ? '/offers' : '/needs')}>{kind === 'need' ? t('See the offers') : t('See the needs')}</a> ·{' '}
        <a href={href(`${path(kind)}/new`)}>{kind === 'need' ? t('Post a need') : t('Post an offer')}</a> · <a href={href('/partnerships')}>{t('Partnerships')}</a>
      </p>
      <p>{t('{count, plural, =0 {Nothing posted yet} one {# open post} other {# open posts}}', { count: total })}</p>
      {posts.map((p) => (
        <article class="card">
          <h2>
            <a href={href(`${path(kind)}/${p.id}`)}>
              <LangText ctx={ctx} map={p.title} original={p.originalLang} />
            </a>
          </h2>
          <PostSummary ctx={ctx} post={p} />
        </article>
      ))}
    </Layout>
  );
}

/** One need (with suggested offers and initiatives, and their reasons) or one offer; owners of a side may ask to connect. */
export function PostPage({ ctx, post, matches, ownOffers, ownNeeds }: { ctx: PageContext; post: Post; matches: Match[]; ownOffers: Post[]; ownNeeds: Post[] }) {
  const { t, href } = ctx;
  const title = post.title[ctx.lang] ?? Object.values(post.title)[0] ?? '';
  const mine = ctx.actor.id !== undefined && post.createdBy === ctx.actor.id;
  return (
    <Layout ctx={ctx} title={title}>
      <p class="meta">{post.kind === 'need' ? t('Need') : t('Offer')}</p>
      <h1>
        <LangText ctx={ctx} map={post.title} original={post.originalLang} />
      </h1>
      <PostSummary ctx={ctx} post={post} />
      <LangText ctx={ctx} map={post.description} original={post.originalLang} as="p" />
      {post.kind === 'need' ? (
        <section aria-labelledby="matches">
          <h2 id="matches">{t('Suggested matches')}</h2>
          {matches.length ? (
            <ol class="matches">
              {matches.map((m) => (
                <li>
                  <a href={href(m.type === 'offer' ? `/offers/${m.id}` : m.type === 'policy' ? `/policies/${m.id}` : `/initiatives/${m.id}`)}>
                    <LangText ctx={ctx} map={m.item.title} original={m.item.originalLang} />
                  </a>{' '}
                  <span class="muted">
                    {m.type === 'offer' ? t('Offer') : m.type === 'policy' ? t('Policy instrument') : t('Initiative')} · {t('score {score}', { score: ctx.fmt.number(m.score) })}
                  </span>
                  <ul class="reasons">
                    {m.reasons.map((r) => (
                      <li>{reasonLabel(ctx, r)}</li>
                    ))}
                  </ul>
                  {m.type === 'offer' && mine ? <ConnectForm ctx={ctx} need={post.id} offer={m.id} /> : null}
                </li>
              ))}
            </ol>
          ) : (
            <p>{t('No matches yet.')}</p>
          )}
        </section>
      ) : null}
      {post.kind === 'offer' && ownNeeds.length ? (
        <section aria-labelledby="connect">
          <h2 id="connect">{t('Ask to connect one of your needs with this offer')}</h2>
          {ownNeeds.map((n) => (
            <p>
              <LangText ctx={ctx} map={n.title} original={n.originalLang} /> <ConnectForm ctx={ctx} need={n.id} offer={post.id} />
            </p>
          ))}
        </section>
      ) : null}
      {post.kind === 'need' && !mine && ownOffers.length ? (
        <section aria-labelledby="connect">
          <h2 id="connect">{t('Offer your help')}</h2>
          {ownOffers.map((o) => (
            <p>
              <LangText ctx={ctx} map={o.title} original={o.originalLang} /> <ConnectForm ctx={ctx} need={post.id} offer={o.id} />
            </p>
          ))}
        </section>
      ) : null}
    </Layout>
  );
}

function ConnectForm({ ctx, need, offer }: { ctx: PageContext; need: string; offer: string }) {
  return (
    <form method="post" action={ctx.href('/connections')} class="inline-form">
      <CsrfField ctx={ctx} />
      <input type="hidden" name="need" value={need} />
      <input type="hidden" name="offer" value={offer} />
      <button type="submit">{ctx.t('Ask to connect')}</button>
    </form>
  );
}

/**
 * The form to post a need or an offer (works without JavaScript; errors re-render it with every field kept).
 * Title and description take a text per language, as the initiative form does: the original language first.
 */
export function PostFormPage({ ctx, kind, body, errors = [] }: { ctx: PageContext; kind: PostKind; body: FormBody; errors?: FieldError[] }) {
  const { t, vocab, lang, fmt } = ctx;
  const title = kind === 'need' ? t('Post a need') : t('Post an offer');
  const s = { ctx, body, errors };
  const helpKinds = valuesOf(body, 'helpKinds');
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={ctx.href(path(kind))} class="form" novalidate>
        <CsrfField ctx={ctx} />
        <SelectInput {...s} name="originalLang" label={t('Original language')} hint={t('The language the post is written in. The title must be given in it.')} empty={t('Choose a language')} options={LANGS.map((l) => [l, fmt.languageName(l)])} />
        <LangTexts {...s} field="title" legend={t('Title')} hint={t('At least in the original language. Add translations in the other languages if you have them.')} maxLength={300} />
        <LangTexts {...s} field="description" legend={t('Description')} long maxLength={5000} />
        <SelectInput {...s} name="country" label={t('Country')} empty={t('Any country')} options={[...vocab.countries].sort((x, y) => x.names[lang].localeCompare(y.names[lang], lang)).map((c) => [c.iso3, c.names[lang]])} />
        <TextInput {...s} name="technologies" label={t('Technologies')} hint={t('Technology codes separated by commas, e.g. 5g, artificial-intelligence')} />
        <TextInput {...s} name="sdgTargets" label={t('SDG targets')} hint={t('Target codes separated by commas, e.g. 9.c, 17.6')} />
        <fieldset class={errors.some((e) => e.field.startsWith('helpKinds')) ? 'field field-error' : 'field'}>
          <legend>{t('Kind of help')}</legend>
          {HELP_KINDS.map((k) => (
            <label>
              <input type="checkbox" name="helpKinds" value={k} checked={helpKinds.includes(k)} /> {helpKindLabel(t, k)}
            </label>
          ))}
        </fieldset>
        <TextInput {...s} name="contact" label={t('Contact details')} hint={t('Shown only to the other side, once both of you agree to connect.')} maxLength={500} />
        <button type="submit">{title}</button>
      </form>
    </Layout>
  );
}
