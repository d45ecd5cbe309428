import type { ComponentChildren } from 'preact';
import { render } from 'preact-render-to-string';
import type { VNode } from 'preact';
import { LANGS } from '../../domain/vocabulary/language.ts';
import type { PageContext } from './context.ts';
import { AccountNav } from './account-nav.tsx';

/** Native names of our languages, shown in the switcher in their own script. */
const LANGUAGE_NAMES = { en: 'English', fr: 'Français', es: 'Español', ar: 'العربية', zh: '中文', ru: 'Русский' } as const;

interface LayoutProps {
  ctx: PageContext;
  title: string;
  description?: string;
  /** An Atom feed of what the page lists: linked in the head (feed readers find it) and shown by the page. */
  feedUrl?: string;
  /** The record as JSON-LD, already serialised with `jsonForScript`. */
  jsonLd?: string;
  children: ComponentChildren;
}

/** The page frame: skip link, header with navigation and language switcher, main landmark, footer. */
export function Layout({ ctx, title, description, feedUrl, jsonLd, children }: LayoutProps) {
  const { t, href } = ctx;
  return (
    <html lang={ctx.lang} dir={ctx.dir} class={ctx.contrast === 'more' ? 'contrast-more' : undefined}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} — Leapfrog`}</title>
        {description ? <meta name="description" content={description} /> : null}
        <link rel="stylesheet" href={ctx.assets.css} />
        {LANGS.map((l) => (
          <link rel="alternate" hreflang={l} href={`/${l}${ctx.path}`} />
        ))}
        <link rel="alternate" hreflang="x-default" href={`/en${ctx.path}`} />
        {feedUrl ? <link rel="alternate" type="application/atom+xml" title={t('Atom feed')} href={feedUrl} /> : null}
        {/* A data block, not a script: jsonForScript escapes < > & so no text in it can end the element or form markup. */}
        {jsonLd ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} /> : null}
      </head>
      <body>
        <a class="skip" href="#main">
          {t('Skip to content')}
        </a>
        <header class="site-header">
          <div class="wrap header-row">
            <a class="brand" href={href('/')}>
              Leapfrog
            </a>
            <nav aria-label={t('Main')}>
              <ul class="nav">
                <li>
                  <a href={href('/initiatives')}>{t('Initiatives')}</a>
                </li>
                <li>
                  <a href={href('/policies')}>{t('Policies')}</a>
                </li>
                <li>
                  <a href={href('/organisations')}>{t('Organisations')}</a>
                </li>
                <li>
                  <a href={href('/sdgs')}>{t('SDGs')}</a>
                </li>
                <li>
                  <a href={href('/technologies')}>{t('Technologies')}</a>
                </li>
                <li>
                  <a href={href('/countries')}>{t('Countries')}</a>
                </li>
                <li>
                  <a href={href('/observatory')}>{t('Observatory')}</a>
                </li>
                <li>
                  <a href={href('/participation')}>{t('Participation')}</a>
                </li>
                <li>
                  <a href={href('/needs')}>{t('Needs and offers')}</a>
                </li>
              </ul>
            </nav>
            <form method="get" action={href('/search')} role="search" class="header-search" aria-label={t('Search')}>
              <label for="header-q" class="visually-hidden">
                {t('Search')}
              </label>
              <input id="header-q" type="search" name="q" placeholder={t('Search')} maxLength={200} />
              <button type="submit">{t('Search')}</button>
            </form>
            <AccountNav ctx={ctx} />
            <nav aria-label={t('Language')} class="langs">
              <ul>
                {LANGS.map((l) => (
                  <li>
                    <a href={`/${l}${ctx.path}`} lang={l} hreflang={l} aria-current={l === ctx.lang ? 'true' : undefined}>
                      {LANGUAGE_NAMES[l]}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          {/* Inside the banner landmark, so that no content of the page is outside a landmark. */}
          {ctx.samplePresent ? (
            <p class="sample-notice" role="note">
              {t('This site shows sample content written to demonstrate Leapfrog. Records marked “Sample content” are not real.')}
            </p>
          ) : null}
        </header>
        <main id="main" class="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{t('Leapfrog: how new and emerging technologies serve the Sustainable Development Goals, and who is being left behind.')}</p>
            <ul class="footer-links">
              <li>
                <a href={href('/open-data')}>{t('Open data')}</a>
              </li>
              <li>
                <a href={href('/api-docs')}>{t('API documentation')}</a>
              </li>
              <li>
                <a href="/feeds/initiatives.atom">{t('Atom feed')}</a>
              </li>
              <li>
                <ContrastSwitch ctx={ctx} />
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** A plain link that turns high contrast on or off and comes back to this page (works without JavaScript). */
function ContrastSwitch({ ctx }: { ctx: PageContext }) {
  const more = ctx.contrast === 'more';
  const query = new URLSearchParams({ mode: more ? 'standard' : 'more', back: ctx.path });
  return <a href={ctx.href(`/contrast?${query}`)}>{more ? ctx.t('Standard contrast') : ctx.t('High contrast')}</a>;
}

/** Renders a page to a complete HTML document. */
export function renderDocument(page: VNode<any>): string {
  return `<!doctype html>${render(page)}`;
}
