import { LANGS, type Lang } from '../domain/vocabulary/language.ts';
import { catalog } from './i18n.ts';
import { placeholders, scanMessages, type ScanResult } from './scan.ts';

/** One message a language lacks or gets wrong. */
export interface CatalogProblem {
  lang: Lang;
  key: string;
  at: string;
  problem: 'missing' | 'invalid' | 'placeholders';
  detail?: string;
}

/** Checks every scanned key against every non-English catalogue: present, valid ICU, same variables. */
export function catalogProblems(scan: ScanResult, langs: readonly Lang[] = LANGS.filter((l) => l !== 'en')): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  for (const { key, at } of scan.messages.values()) {
    const expected = placeholders(key).join(', ');
    for (const lang of langs) {
      const text = catalog(lang)[key];
      if (text === undefined || text.trim() === '') {
        problems.push({ lang, key, at, problem: 'missing' });
        continue;
      }
      let got: string;
      try {
        got = placeholders(text).join(', ');
      } catch (err) {
        problems.push({ lang, key, at, problem: 'invalid', detail: (err as Error).message });
        continue;
      }
      if (got !== expected) problems.push({ lang, key, at, problem: 'placeholders', detail: `has {${got}}, English has {${expected}}` });
    }
  }
  return problems;
}

// `npm run i18n:missing`: lists what each language lacks, grouped by language; exits 1 if anything does.
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL('../../', import.meta.url).pathname;
  const scan = scanMessages(root);
  const problems = catalogProblems(scan);
  for (const at of scan.dynamic) process.stdout.write(`t() with a key that is not a literal: ${at}\n`);
  for (const lang of LANGS) {
    const mine = problems.filter((p) => p.lang === lang);
    if (!mine.length) continue;
    process.stdout.write(`\n${lang}: ${mine.length} of ${scan.messages.size} messages\n`);
    for (const p of mine) process.stdout.write(`  [${p.problem}] ${JSON.stringify(p.key)}  (${p.at})${p.detail ? ` — ${p.detail}` : ''}\n`);
  }
  process.stdout.write(`\n${scan.messages.size} messages in the source; ${problems.length} problems.\n`);
  process.exitCode = problems.length || scan.dynamic.length ? 1 : 0;
}
