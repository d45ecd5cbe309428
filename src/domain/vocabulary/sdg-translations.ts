import type { SdgTexts } from '../ports.ts';
import type { Lang, LangMap } from './language.ts';

/** Open SDG folder names → our BCP 47 tags. */
export const OPEN_SDG_FOLDERS: Record<string, Lang> = { en: 'en', fr: 'fr', es: 'es', ar: 'ar', 'zh-Hans': 'zh', ru: 'ru' };

/**
 * Turns Open SDG's flat translation maps (global_goals.yml: `9-title`; global_targets.yml: `9-c-title`;
 * global_indicators.yml: `9-c-1-title`) in several languages into texts keyed by our codes.
 */
export function sdgTextsFromOpenSdg(byLang: Partial<Record<Lang, { goals?: object; targets?: object; indicators?: object }>>): SdgTexts {
  const texts: SdgTexts = { goals: {}, targets: {}, indicators: {} };
  const put = (bucket: Record<string, LangMap>, code: string, lang: Lang, value: unknown) => {
    if (typeof value !== 'string' || !value.trim()) return;
    (bucket[code] ??= {})[lang] = value.replace(/\s+/g, ' ').trim();
  };
  for (const [lang, files] of Object.entries(byLang) as [Lang, { goals?: object; targets?: object; indicators?: object }][]) {
    for (const [key, value] of Object.entries(files.goals ?? {})) {
      const m = /^(\d+)-title$/.exec(key);
      if (m) put(texts.goals, m[1]!, lang, value);
    }
    for (const [key, value] of Object.entries(files.targets ?? {})) {
      const m = /^(\d+)-([0-9a-z]+)-title$/.exec(key);
      if (m) put(texts.targets, `${m[1]}.${m[2]}`, lang, value);
    }
    for (const [key, value] of Object.entries(files.indicators ?? {})) {
      const m = /^(\d+)-([0-9a-z]+)-(\d+)-title$/.exec(key);
      if (m) put(texts.indicators, `${m[1]}.${m[2]}.${m[3]}`, lang, value);
    }
  }
  return texts;
}
