import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { CLI_ACTOR } from '../domain/access/access.ts';
import { classify, suggestedGoals, type ClassifyOptions } from '../domain/classify/classify.ts';
import { EvalCsvError, readEvalCsv } from '../domain/classify/eval-csv.ts';
import { evaluate, evaluateByLanguage, formatEvaluation, formatLanguageTable } from '../domain/classify/evaluate.ts';
import { detectLanguageByScript } from '../domain/classify/detect-language.ts';
import { LexiconError } from '../domain/classify/lexicon-validate.ts';
import { loadLexiconFile } from '../domain/classify/lexicon-file.ts';
import { modelFromJson, modelToJson } from '../domain/classify/model.ts';
import { CLASSIFY_LANG_PATTERN, MAX_CLASSIFY_CHARS } from '../domain/classify/suggestion-service.ts';
import type { Lexicon } from '../domain/classify/types.ts';
import { presentClassification } from '../web/api/classify/present.ts';
import { UsageError, withServices } from './context.ts';

interface ClassifierFiles {
  lexicon?: string[];
  model?: string;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Lexicons and model named on the command line, read and checked before any text is classified. */
function classifierOptions(opts: ClassifierFiles): Pick<ClassifyOptions, 'lexicons' | 'model'> {
  let lexicons: Lexicon[] | undefined;
  try {
    lexicons = opts.lexicon?.flatMap((file) => loadLexiconFile(file));
  } catch (error) {
    if (error instanceof LexiconError) throw new UsageError(error.message);
    throw error;
  }
  if (!opts.model) return { lexicons };
  let text: string;
  try {
    text = readFileSync(opts.model, 'utf8');
  } catch (error) {
    throw new UsageError(`${opts.model}: cannot read the file (${(error as Error).message})`);
  }
  try {
    return { lexicons, model: modelFromJson(text) };
  } catch (error) {
    throw new UsageError(`${opts.model}: ${(error as Error).message}`);
  }
}

/** One JSON Lines input line → one output object; a bad line gives `{id?, line, error}` instead. */
export function classifyLine(line: string, lineNumber: number, options: ClassifyOptions): { out: object; ok: boolean } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { out: { line: lineNumber, error: `not valid JSON (${(error as Error).message})` }, ok: false };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { out: { line: lineNumber, error: 'expected an object {"id": …, "text": "…"}' }, ok: false };
  const { id, text, lang } = value as { id?: unknown; text?: unknown; lang?: unknown };
  const fail = (error: string) => ({ out: { id, line: lineNumber, error }, ok: false });
  if (typeof text !== 'string' || !text.trim()) return fail('"text" must be a non-empty string');
  if (text.length > MAX_CLASSIFY_CHARS * 5) return fail(`"text" is longer than ${MAX_CLASSIFY_CHARS * 5} characters`);
  if (lang !== undefined && (typeof lang !== 'string' || !new RegExp(CLASSIFY_LANG_PATTERN).test(lang))) return fail('"lang" must be one of en, fr, es, ar, zh, ru (BCP 47)');
  return { out: { id, ...presentClassification(classify(text, { ...options, lang: (lang as string | undefined) ?? options.lang })) }, ok: true };
}

/** `classify` (JSON Lines in, JSON Lines out) and `classifier train|eval`. */
export function classifyCommands(program: Command): void {
  program
    .command('classify')
    .description('suggest SDG goals and targets, technologies and WSIS lines for JSON Lines {"id", "text", "lang"?} on standard input, one JSON result per line on standard output')
    .option('--lexicon <file>', 'an additional lexicon (JSON, see docs/classifier.md); repeatable', collect)
    .option('--model <file>', 'a learned model written by `classifier train --out`')
    .option('--lang <tag>', 'language of every text without its own "lang" (default: detected per text)')
    .action(async (opts: ClassifierFiles & { lang?: string }) => {
      if (opts.lang && !new RegExp(CLASSIFY_LANG_PATTERN).test(opts.lang)) throw new UsageError(`--lang ${opts.lang}: expected one of en, fr, es, ar, zh, ru`);
      const options: ClassifyOptions = { ...classifierOptions(opts), lang: opts.lang };
      let lineNumber = 0;
      let failed = 0;
      let buffer: string[] = [];
      const flush = () => {
        if (buffer.length) process.stdout.write(buffer.join(''));
        buffer = [];
      };
      for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
        lineNumber++;
        if (!line.trim()) continue;
        const { out, ok } = classifyLine(line, lineNumber, options);
        if (!ok) failed++;
        buffer.push(`${JSON.stringify(out)}\n`);
        if (buffer.length >= 256) flush();
      }
      flush();
      if (failed) {
        process.stderr.write(`${failed} of ${lineNumber} line(s) could not be classified (see the "error" objects in the output).\n`);
        process.exitCode = 1;
      }
    });

  const classifier = program.command('classifier').description('the SDG / technology / WSIS classifier');
  classifier
    .command('train')
    .description("train the learned model from people's links (self-declared, reviewed, accepted suggestions) and rejected suggestions in the database, and store it")
    .option('--out <file>', 'also write the model as JSON to this file (for `classify --model`)')
    .action(async (opts: { out?: string }) => {
      const report = await withServices(async (s) => {
        const r = await s.suggestions.train(CLI_ACTOR);
        if (opts.out) writeFileSync(opts.out, modelToJson((await s.suggestions.currentModel())!));
        return r;
      });
      process.stdout.write(
        `Trained on ${report.examples} records (${report.accepted} accepted links, ${report.rejected} rejected suggestions): ` +
          `${report.codes} codes modelled, stored as model ${report.modelId}${opts.out ? ` and written to ${opts.out}` : ''}.\n`,
      );
      if (!report.codes) process.stdout.write('No code has 3 or more accepted examples yet: suggestions come from the lexicon alone.\n');
    });

  classifier
    .command('eval')
    .argument('<file>', 'CSV with the columns text, sdg, label (label True or False: does the text address that SDG?)')
    .description('evaluate SDG goal suggestions: accuracy, precision, recall and F1 per SDG and on average')
    .option('--lexicon <file>', 'an additional lexicon (JSON); repeatable', collect)
    .option('--model <file>', 'a learned model written by `classifier train --out`')
    .action(async (file: string, opts: ClassifierFiles) => {
      let csv: string;
      try {
        csv = readFileSync(file, 'utf8');
      } catch (error) {
        throw new UsageError(`${file}: cannot read the file (${(error as Error).message})`);
      }
      const options = classifierOptions(opts);
      let parsed: ReturnType<typeof readEvalCsv>;
      try {
        parsed = readEvalCsv(csv);
      } catch (error) {
        if (error instanceof EvalCsvError) throw new UsageError(`${file}: ${error.problems.join('\n')}`);
        throw error;
      }
      if (parsed.problems.length) process.stderr.write(`${file}: ${parsed.problems.length} bad row(s) left out:\n  ${parsed.problems.join('\n  ')}\n`);
      if (!parsed.rows.length) throw new UsageError(`${file}: no row to evaluate`);
      const goals = (text: string) => suggestedGoals(classify(text, options));
      process.stdout.write(`${formatEvaluation(evaluate(parsed.rows, goals))}\n`);
      // Per language (detected from each text, as classify does): is every lexicon as good as the English one?
      const byLanguage = evaluateByLanguage(parsed.rows, goals, (text) => detectLanguageByScript(text).lexiconLang, ['en', 'fr', 'es', 'ar', 'zh', 'ru']);
      process.stdout.write(`\nPer language (detected)\n${formatLanguageTable(byLanguage)}\n`);
      if (parsed.problems.length) process.exitCode = 1;
    });
}
