import type { FieldError } from '../../../domain/errors.ts';
import type { ImportReport } from '../../../domain/participation/participation-service.ts';
import { CSV_COLUMNS, csvColumnOf } from '../../../domain/participation/participation-csv.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { CsrfField, ErrorSummary, fieldMessage } from '../../views/form.tsx';
import { CsvUploadForm, UploadReportView, type UploadReport } from '../../views/csv-upload.tsx';

export interface ParticipationImportProps {
  ctx: PageContext;
  /** The report of a check (dry run) or of the import itself. */
  report?: ImportReport;
  /** The checked file, carried back by the confirmation form. */
  csv?: string;
  /** Errors about the whole file (a missing column) or the form (no file). */
  errors?: FieldError[];
}

/** The participation report as an upload report: each rejected line with its CSV column and the reason in the reader's language. */
function uploadReport(ctx: PageContext, r: ImportReport): UploadReport {
  const rejected = r.errors.flatMap((e) => e.errors.map((f) => ({ locator: ctx.t('Line {line}', { line: e.line }), field: csvColumnOf(f.field), reason: fieldMessage(ctx.t, f) })));
  return { dryRun: r.dryRun, read: r.read, accepted: r.accepted, rejected };
}

/**
 * Admins upload a participation CSV: the file is checked first (nothing written) with a report line by line,
 * then a second button imports the good rows. The same importer and report as `participation import`.
 */
export function ParticipationImportPage({ ctx, report, csv, errors }: ParticipationImportProps) {
  const { t, href, fmt } = ctx;
  const labelOf = (field: string) => (field === 'file' ? t('CSV file') : t('Column {column}', { column: field }));
  return (
    <Layout ctx={ctx} title={t('Import participation rows')}>
      <p>
        <a href={href('/participation')}>{t('Participation in the bodies that shape these technologies')}</a>
      </p>
      <h1>{t('Import participation rows')}</h1>
      <p class="lead">{t('Upload a CSV file of participation rows. It is checked first and nothing is saved until you confirm.')}</p>
      <p>
        {t('Columns, in a header row:')} <code>{Object.keys(CSV_COLUMNS).join(',')}</code>. {t('Importing the same file again changes nothing.')}
      </p>
      <ErrorSummary ctx={ctx} errors={errors} anchor={() => 'file'} label={labelOf} />
      <CsvUploadForm ctx={ctx} action="/participation/import" button={t('Check the file')} errors={(errors ?? []).map((e) => `${labelOf(e.field)}: ${fieldMessage(t, e)}`)} />
      {report ? (
        <UploadReportView ctx={ctx} report={uploadReport(ctx, report)}>
          {report.dryRun ? null : <p>{t('{inserted} new, {updated} updated, {unchanged} unchanged.', { inserted: fmt.number(report.inserted), updated: fmt.number(report.updated), unchanged: fmt.number(report.unchanged) })}</p>}
        </UploadReportView>
      ) : null}
      {report?.dryRun && report.accepted && csv ? (
        <form method="post" action={href('/participation/import')} enctype="multipart/form-data">
          <CsrfField ctx={ctx} />
          <input type="hidden" name="csv" value={csv} />
          <input type="hidden" name="confirm" value="1" />
          <p>{report.rejected ? t('Rejected rows are left out; fix them and upload the file again.') : null}</p>
          <button type="submit">{t('{count, plural, one {Import # row} other {Import # rows}}', { count: report.accepted })}</button>
        </form>
      ) : null}
    </Layout>
  );
}
