/** The six UN languages, keyed by BCP 47 tag. English first: it is the fallback. */
export const LANGS = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in one or more languages: `{ en: "…", fr: "…" }`. */
export type LangMap = Partial<Record<Lang, string>>;

/** A label written in all six languages (team-written vocabularies). */
export type Labels = Record<Lang, string>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Right-to-left languages among ours. */
export function dir(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/**
 * Picks the text to show a reader: their language if present, else the original language,
 * else English, else any. Returns the language actually shown so the page can say so.
 */
export function pickText(map: LangMap | undefined, lang: Lang, original?: Lang): { text: string; lang: Lang } | undefined {
  if (!map) return undefined;
  const order: (Lang | undefined)[] = [lang, original, 'en', ...LANGS];
  for (const l of order) {
    if (l && map[l]) return { text: map[l]!, lang: l };
  }
  return undefined;
}
