import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Command } from 'commander';
import { CLI_ACTOR } from '../domain/access/access.ts';
import { OPEN_SDG_FOLDERS, sdgTextsFromOpenSdg } from '../domain/vocabulary/sdg-translations.ts';
import type { Lang } from '../domain/vocabulary/language.ts';
import { UsageError, withServices } from './context.ts';

const FILES = { goals: 'global_goals.yml', targets: 'global_targets.yml', indicators: 'global_indicators.yml' } as const;

/** Reads Open SDG's translations folder (one sub-folder per language with three YAML files). */
export function readOpenSdgFolder(dir: string) {
  if (!existsSync(dir)) throw new UsageError(`No such folder: ${dir}`);
  const byLang: Partial<Record<Lang, Record<string, object>>> = {};
  for (const [folder, lang] of Object.entries(OPEN_SDG_FOLDERS)) {
    const files: Record<string, object> = {};
    for (const [kind, name] of Object.entries(FILES)) {
      const file = join(dir, folder, name);
      if (!existsSync(file)) continue;
      try {
        files[kind] = parse(readFileSync(file, 'utf8')) ?? {};
      } catch (err) {
        throw new UsageError(`${file}: not valid YAML (${(err as Error).message.split('\n')[0]})`);
      }
    }
    if (Object.keys(files).length) byLang[lang] = files;
  }
  if (!Object.keys(byLang).length) {
    throw new UsageError(`${dir} holds no Open SDG translations: expected folders like en/, fr/, zh-Hans/ with ${Object.values(FILES).join(', ')}`);
  }
  return sdgTextsFromOpenSdg(byLang);
}

export function vocabCommands(program: Command): void {
  const vocab = program.command('vocab').description('reference vocabularies');
  vocab
    .command('import')
    .description('import official texts of the SDG goals, targets and indicators')
    .requiredOption('--sdg-translations <dir>', "Open SDG's translations folder (en/, fr/, es/, ar/, zh-Hans/, ru/)")
    .action(async (opts: { sdgTranslations: string }) => {
      const texts = readOpenSdgFolder(opts.sdgTranslations);
      const counts = await withServices((s) => s.vocabulary.importSdgTexts(CLI_ACTOR, texts));
      process.stdout.write(`Imported texts of ${counts.goals} goals, ${counts.targets} targets and ${counts.indicators} indicators.\n`);
    });
}
