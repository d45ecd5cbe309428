// Builds a parallel evaluation set in the six UN languages from the official SDG target and indicator texts
// (shared data, read at run time, never copied): each text is a True row for its goal and a False row for
// another goal (chosen deterministically, the same in every language). The same content in every language,
// so per-language accuracy compares the lexicons' coverage rather than the texts. Caveat: the lexicons were
// written by people who had read the goal and target texts, so this measures coverage, not generalisation.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { EvalRow } from '../src/domain/classify/eval-csv.ts';
import { sharedData } from '../test/helpers/shared-data.ts';

const FOLDERS: Record<string, string> = { en: 'en', fr: 'fr', es: 'es', ar: 'ar', zh: 'zh-Hans', ru: 'ru' };

/** Rows `{text, sdg, label, lang}` from the official target and indicator texts of one language. */
export function officialSdgRows(lang: string): (EvalRow & { lang: string })[] {
  const rows: (EvalRow & { lang: string })[] = [];
  for (const file of ['global_targets.yml', 'global_indicators.yml']) {
    const map = parse(readFileSync(sharedData('sdg-translations', FOLDERS[lang]!, file), 'utf8')) as Record<string, string>;
    for (const [key, value] of Object.entries(map).sort()) {
      const goal = Number(key.split('-')[0]);
      const text = String(value).replace(/\s+/g, ' ').trim();
      if (!goal || text.length < 8) continue;
      rows.push({ text, sdg: goal, label: true, lang });
      const other = ((key.length * 7 + goal * 5) % 17) + 1;
      rows.push({ text, sdg: other === goal ? (goal % 17) + 1 : other, label: false, lang });
    }
  }
  return rows;
}

/** The official rows in all six languages. */
export function officialSdgRowsAllLanguages(): (EvalRow & { lang: string })[] {
  return Object.keys(FOLDERS).flatMap(officialSdgRows);
}
