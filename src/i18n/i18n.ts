import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { LANGS, type Lang } from '../domain/vocabulary/language.ts';

// Interface strings are whole English sentences with named variables (ICU MessageFormat):
// the English sentence is the key, each locale file maps it to its translation.
// A sentence missing in a locale falls back to English (a test reports every gap).
// Each language is a folder of files by area (locales/fr/common.json, locales/fr/search.json, …),
// merged at start: areas keep parallel work from touching the same file.

export type Catalog = Record<string, string>;
export type Values = Record<string, string | number | Date>;
export type Translate = (message: string, values?: Values) => string;

function readCatalog(lang: Lang): Catalog {
  const dir = new URL(`./locales/${lang}/`, import.meta.url);
  if (!existsSync(dir)) return {};
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return Object.assign({}, ...files.map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Catalog));
}

const catalogs = new Map<Lang, Catalog>(LANGS.map((l) => [l, readCatalog(l)]));
const compiled = new Map<string, IntlMessageFormat>();

/** The catalog of one language (for tests and tooling). */
export function catalog(lang: Lang): Catalog {
  return catalogs.get(lang) ?? {};
}

/** A translate function for one language; compiled messages are cached. */
export function translator(lang: Lang): Translate {
  const own = catalogs.get(lang) ?? {};
  return (message, values) => {
    const source = own[message] ?? message;
    const usedLang = own[message] ? lang : 'en';
    const key = `${usedLang}\u0000${source}`;
    let format = compiled.get(key);
    if (!format) {
      format = new IntlMessageFormat(source, usedLang);
      compiled.set(key, format);
    }
    return String(format.format(values ?? {}));
  };
}

/** Picks the best of our languages from an Accept-Language header. */
export function negotiate(header: string | undefined): Lang {
  const ranked = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { tag: (tag ?? '').toLowerCase(), q: q ? Number(q) : 1 };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0] as Lang;
    if ((LANGS as readonly string[]).includes(base)) return base;
  }
  return 'en';
}

/** Intl formatters for a language. */
export function formatters(lang: Lang) {
  const number = new Intl.NumberFormat(lang);
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    number: (n: number) => number.format(n),
    date: (iso: string) => {
      const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
      return Number.isNaN(d.getTime()) ? iso : date.format(d);
    },
    money: (amount: number, currency: string) => {
      try {
        return new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
      } catch {
        return `${number.format(amount)} ${currency}`;
      }
    },
    languageName: (tag: string) => new Intl.DisplayNames([lang], { type: 'language' }).of(tag) ?? tag,
  };
}
