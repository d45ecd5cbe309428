import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { CLI_ACTOR } from '../domain/access/access.ts';
import type { Services } from '../services.ts';
import { DUMP_FILES, EXPORT_FORMATS, catalog, publishedData, renderDump, dumpSettings, type DumpSettings, type ExportFormat } from '../exchange/dumps.ts';
import { csvColumn } from '../domain/exchange/csv-format.ts';
import { IMPORT_FORMATS, MissingFileError, readCandidates, type ImportFormat } from '../exchange/readers.ts';
import type { ImportReport } from '../domain/exchange/import-service.ts';
import { UsageError, withServices } from './context.ts';


/** Writes every dump of the chosen formats into `out`; returns the files written. */
export async function exportTo(services: Services, formats: ExportFormat[], out: string, settings: DumpSettings): Promise<string[]> {
  mkdirSync(out, { recursive: true });
  const [data, indicators] = await Promise.all([publishedData(services), services.indicators.catalogue()]);
  const now = new Date().toISOString();
  const written: string[] = [];
  for (const f of formats) {
    for (const file of Object.keys(DUMP_FILES[f])) {
      writeFileSync(join(out, file), renderDump(file, data, services, settings, now));
      written.push(file);
    }
  }
  writeFileSync(join(out, 'catalog.jsonld'), JSON.stringify(catalog(settings.publicUrl, data.modified, indicators), null, 1));
  return [...written, 'catalog.jsonld'];
}

/** Rejections name CSV columns for CSV files, API fields otherwise. */
function fieldFor(file: string, field: string): string {
  return file.endsWith('.csv') ? csvColumn(field) : field;
}

/** The import report as text: counts, then every rejected record and every note. */
export function formatReport(r: ImportReport): string {
  const lines = [
    `${r.dryRun ? 'Dry run (nothing written): ' : ''}${r.read} records read: ${r.created} ${r.dryRun ? 'would be created' : 'created'}, ${r.updated} ${r.dryRun ? 'would be updated' : 'updated'}, ${r.unchanged} unchanged, ${new Set(r.rejected.map((x) => `${x.file}|${x.locator}`)).size} rejected.`,
  ];
  if (r.organisationsCreated.length) lines.push(`Organisations ${r.dryRun ? 'to create' : 'created'}: ${r.organisationsCreated.length} (${r.organisationsCreated.slice(0, 10).join('; ')}${r.organisationsCreated.length > 10 ? '; …' : ''})`);
  if (r.rejected.length) {
    lines.push('', 'Rejected (file, where, field: reason):');
    for (const x of r.rejected) lines.push(`  ${x.file}  ${x.locator}  ${fieldFor(x.file, x.field)}: ${x.reason}`);
  }
  if (r.notes.length) {
    lines.push('', 'Imported with notes:');
    for (const n of r.notes) lines.push(`  ${n.file}  ${n.locator}  ${n.note}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A progress bar on standard error when it is a terminal, else nothing. */
function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  if (!stream.isTTY) return undefined;
  return (done: number, total: number) => {
    const width = 30;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
    if (done === total) stream.write('\n');
  };
}

export function exchangeCommands(program: Command): void {
  program
    .command('export')
    .description('write full dumps of everything published (plus a DCAT catalogue) into a folder')
    .requiredOption('--format <formats>', `one or more of ${EXPORT_FORMATS.join(', ')}, separated by commas`)
    .requiredOption('--out <dir>', 'folder to write into (created if missing)')
    .action(async (opts: { format: string; out: string }) => {
      const formats = opts.format.split(',').map((f) => f.trim());
      const bad = formats.filter((f) => !(EXPORT_FORMATS as readonly string[]).includes(f));
      if (bad.length) throw new UsageError(`Unknown format ${bad.join(', ')}: use ${EXPORT_FORMATS.join(', ')}`);
      const files = await withServices(async (s, config) => {
        const written = await exportTo(s, formats as ExportFormat[], opts.out, dumpSettings(config));
        await s.audit.record(undefined, 'export', CLI_ACTOR, { detail: { formats: formats.join(','), files: written.length } });
        return written;
      });
      process.stdout.write(`Wrote ${files.map((f) => join(opts.out, f)).join(', ')}.\n`);
    });

  program
    .command('import')
    .description('import initiatives from files; records imported before (same external id) are updated, not duplicated')
    .requiredOption('--format <format>', IMPORT_FORMATS.join(', '))
    .option('--dry-run', 'check everything and report, write nothing')
    .option('--publish', 'publish the records straight away (admins only) instead of submitting them for review')
    .option('--report <file>', 'also write the report as JSON')
    .argument('<files...>', 'files to import')
    .action(async (files: string[], opts: { format: string; dryRun?: boolean; publish?: boolean; report?: string }) => {
      if (!(IMPORT_FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`Unknown format ${opts.format}: use ${IMPORT_FORMATS.join(', ')}`);
      const report = await withServices(async (s) => {
        let candidates;
        try {
          candidates = readCandidates(opts.format as ImportFormat, files, s);
        } catch (err) {
          throw err instanceof MissingFileError ? new UsageError(err.message) : err;
        }
        return s.imports.run(CLI_ACTOR, candidates, { dryRun: opts.dryRun, publish: opts.publish, onProgress: progressBar() });
      });
      process.stdout.write(formatReport(report));
      if (opts.report) writeFileSync(opts.report, JSON.stringify(report, null, 2));
      if (report.rejected.length) process.exitCode = 1;
    });
}
