import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Command } from 'commander';
import { CLI_ACTOR } from '../domain/access/access.ts';
import { IMPORT_FORMATS } from '../domain/indicator/indicator.ts';
import type { ImportReport } from '../domain/indicator/indicator-import.ts';
import { UsageError, withServices } from './context.ts';

const WIDTH = 30;

/** `[##########          ] 50% 2,000/4,000` on one terminal line, redrawn in place. */
export function progressBar(done: number, total: number): string {
  const share = total ? done / total : 1;
  const filled = Math.round(share * WIDTH);
  return `[${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')}`;
}

/** The report printed after each file: counts, then every rejected line with its reason. */
export function formatReport(r: ImportReport, maxRejects = 50): string {
  const lines = [
    `${r.fileName ?? '(file)'} (${r.format})`,
    `  rows read: ${r.rowsRead}`,
    `  accepted: ${r.accepted}${r.officialAggregates ? ` (${r.officialAggregates} of them published group aggregates)` : ''}`,
    ...r.skipped.map((s) => `  skipped: ${s.rows} — ${s.reason}`),
    `  rejected: ${r.rejected.length}`,
    ...r.rejected.slice(0, maxRejects).map((x) => `    line ${x.line}: ${x.reason}`),
    ...(r.rejected.length > maxRejects ? [`    … and ${r.rejected.length - maxRejects} more`] : []),
    ...r.series.map((s) => `  series ${s.id} → ${s.indicatorCode}: ${s.rows} rows; source: ${s.source}; licence: ${s.licence}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** A `datapackage.json` beside the file (Frictionless Data, as the World Bank population package has) names its licence. */
function datapackageLicence(file: string): string | undefined {
  const pkg = join(dirname(file), 'datapackage.json');
  if (!existsSync(pkg)) return undefined;
  try {
    const licences = (JSON.parse(readFileSync(pkg, 'utf8')) as { licenses?: { name?: string }[] }).licenses;
    return licences?.map((l) => l.name).filter(Boolean).join(', ') || undefined;
  } catch {
    return undefined;
  }
}

interface ImportOptions {
  format: string;
  indicator?: string;
  source?: string;
  licence?: string;
  url?: string;
}

export function indicatorCommands(program: Command): void {
  const indicators = program.command('indicators').description('ICT indicators for the SDGs');
  indicators
    .command('import')
    .description('import indicator files in their source format (rows read, accepted, rejected with line and reason)')
    .requiredOption('--format <format>', `source format: ${IMPORT_FORMATS.join(', ')}`)
    .option('--indicator <code>', 'the catalogue indicator every row belongs to, when the file does not say (e.g. 17.8.1)')
    .option('--source <text>', 'who published the file (kept with every series)')
    .option('--licence <text>', 'the licence of the data (kept with every series)')
    .option('--url <url>', 'where the data came from')
    .argument('<files...>', 'files to import')
    .action(async (files: string[], opts: ImportOptions) => {
      if (!(IMPORT_FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`Unknown format ${opts.format}: use one of ${IMPORT_FORMATS.join(', ')}`);
      for (const f of files) if (!existsSync(f)) throw new UsageError(`No such file: ${f}`);
      const tty = process.stderr.isTTY;
      let failed = false;
      await withServices(async (s) => {
        for (const file of files) {
          const input = { format: opts.format, text: readFileSync(file, 'utf8'), fileName: basename(file), indicator: opts.indicator, source: opts.source, licence: opts.licence ?? datapackageLicence(file), url: opts.url };
          const report = await s.indicators.import(CLI_ACTOR, input, (done, total) => {
            if (tty) process.stderr.write(`\r${progressBar(done, total)}`);
          });
          if (tty) process.stderr.write('\n');
          else process.stderr.write(`${progressBar(report.accepted, report.accepted)}\n`);
          process.stdout.write(formatReport(report));
          if (report.accepted === 0) failed = true;
        }
      });
      if (failed) process.exitCode = 1;
    });
}
