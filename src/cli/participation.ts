import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CLI_ACTOR } from '../domain/access/access.ts';
import { csvColumnOf, readParticipationCsv } from '../domain/participation/participation-csv.ts';
import type { ImportReport } from '../domain/participation/participation-service.ts';
import { UsageError, withServices } from './context.ts';

/** The import report as a person reads it: counts, then each rejected row with its line and reasons. */
export function formatImportReport(file: string, r: ImportReport): string {
  const head = r.dryRun
    ? `${file}: ${r.read} rows read, ${r.accepted} would be accepted, ${r.rejected} rejected (dry run: nothing written).`
    : `${file}: ${r.read} rows read, ${r.accepted} accepted (${r.inserted} new, ${r.updated} updated, ${r.unchanged} unchanged), ${r.rejected} rejected.`;
  const rows = r.errors.map((e) => `  line ${e.line}: ${e.errors.map((f) => `${csvColumnOf(f.field)}: ${f.message}`).join('; ')}`);
  return [head, ...(rows.length ? ['Rejected rows:', ...rows] : [])].join('\n') + '\n';
}

export function participationCommands(program: Command): void {
  const participation = program.command('participation').description('participation in the bodies that shape these technologies');
  participation
    .command('import')
    .description('import participation rows from a CSV file (columns: body, meeting, country, organisation, stakeholder_type, role, contributions)')
    .argument('<file>', 'CSV file, UTF-8, with a header row')
    .option('--dry-run', 'check every row and report, write nothing')
    .action(async (file: string, opts: { dryRun?: boolean }) => {
      if (!existsSync(file)) throw new UsageError(`No such file: ${file}`);
      const lines = readParticipationCsv(readFileSync(file, 'utf8'));
      const report = await withServices((s) => s.participation.import(CLI_ACTOR, lines, { dryRun: opts.dryRun }));
      process.stdout.write(formatImportReport(file, report));
      // Good rows are kept; rejected rows still make the command fail so scripts notice them.
      if (report.rejected) process.exitCode = 1;
    });
}
