import type { Lang } from '../../domain/vocabulary/language.ts';
import { dir } from '../../domain/vocabulary/language.ts';
import type { Vocabulary } from '../../domain/vocabulary/vocabulary.ts';
import { formatters, translator, type Translate } from '../../i18n/i18n.ts';
import { ANONYMOUS, type Actor } from '../../domain/access/access.ts';

/** Everything a page view needs besides its data: language, translations, formatters, vocabularies, links. */
export interface PageContext {
  lang: Lang;
  dir: 'ltr' | 'rtl';
  t: Translate;
  fmt: ReturnType<typeof formatters>;
  vocab: Vocabulary;
  /** The current path without the language prefix, with its query ('/initiatives?sdg=9'). */
  path: string;
  /** A link to `path` (without language prefix) in this page's language. */
  href: (path: string) => string;
  assets: { css: string };
  samplePresent: boolean;
  /** Who is reading (signed-in users see account links and their own drafts). */
  actor: Actor;
  /** The CSRF token every POST form carries as `_csrf`. */
  csrf: () => string;
  /** The reader's display choice: 'more' when they asked for high contrast (cookie, see docs/accessibility.md). */
  contrast: Contrast;
}

export type Contrast = 'standard' | 'more';

/** Reads the display choices from a Cookie header (`contrast=more`); anything else is the standard display. */
export function contrastFrom(cookieHeader: string | undefined): Contrast {
  return /(?:^|;\s*)contrast=more(?:;|$)/.test(cookieHeader ?? '') ? 'more' : 'standard';
}

/** The context of one page in one language. */
export function pageContext(
  lang: Lang,
  path: string,
  vocab: Vocabulary,
  assets: PageContext['assets'],
  samplePresent: boolean,
  actor: Actor = ANONYMOUS,
  csrf: () => string = () => '',
  contrast: Contrast = 'standard',
): PageContext {
  return {
    lang,
    dir: dir(lang),
    t: translator(lang),
    fmt: formatters(lang),
    vocab,
    path,
    href: (p) => `/${lang}${p === '/' ? '/' : p}`,
    assets,
    samplePresent,
    actor,
    csrf,
    contrast,
  };
}
