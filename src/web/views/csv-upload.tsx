import type { ComponentChildren } from 'preact';
import type { PageContext } from './context.ts';
import { CsrfField, fieldId } from './form.tsx';
import { TableScroll } from './components.tsx';

/** A rejected line of an uploaded file: where, which column, why. */
export interface RejectedLine {
  locator: string;
  field: string;
  reason: string;
}

/** What an upload report shows, whatever was imported (initiatives, participation rows). */
export interface UploadReport {
  dryRun: boolean;
  read: number;
  accepted: number;
  rejected: RejectedLine[];
  notes?: { locator: string; note: string }[];
}

/**
 * A CSV file upload form (works without JavaScript); `children` adds options before the button. `errors`
 * (messages in the reader's language) are shown by the file field and tied to it for screen readers.
 */
export function CsvUploadForm({ ctx, action, button, errors = [], children }: { ctx: PageContext; action: string; button: string; errors?: string[]; children?: ComponentChildren }) {
  const { t } = ctx;
  const id = fieldId('file');
  return (
    <form method="post" action={ctx.href(action)} enctype="multipart/form-data">
      <CsrfField ctx={ctx} />
      <p class={errors.length ? 'field-error' : undefined}>
        <label for={id}>{t('CSV file')}</label>
        <br />
        {errors.length ? (
          <>
            <span class="error" id={`${id}-error`}>
              {errors.join(' ')}
            </span>
            <br />
          </>
        ) : null}
        <input id={id} name="file" type="file" accept=".csv,text/csv" required aria-invalid={errors.length ? 'true' : undefined} aria-describedby={errors.length ? `${id}-error` : undefined} />
      </p>
      {children}
      <button type="submit">{button}</button>
    </form>
  );
}

/** The validation report of an upload: counts, then every rejected line with its column and reason. */
export function UploadReportView({ ctx, report, children }: { ctx: PageContext; report: UploadReport; children?: ComponentChildren }) {
  const { t, fmt } = ctx;
  return (
    <section aria-labelledby="report" class="import-report" role="status">
      <h2 id="report">{report.dryRun ? t('Check of your file') : t('Your submission')}</h2>
      <p>
        {t('{read, plural, one {# record read} other {# records read}}: {accepted} accepted, {rejected} rejected.', {
          read: report.read,
          accepted: fmt.number(report.accepted),
          rejected: fmt.number(new Set(report.rejected.map((r) => r.locator)).size),
        })}
      </p>
      {children}
      {report.rejected.length ? (
        <TableScroll label={t('Rejected records')}>
          <table>
            <caption>{t('Rejected records')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('Where')}</th>
                <th scope="col">{t('Column')}</th>
                <th scope="col">{t('Reason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.map((r) => (
                <tr>
                  <td>{r.locator}</td>
                  <td>
                    <code>{r.field}</code>
                  </td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {report.notes?.length ? (
        <ul>
          {report.notes.map((n) => (
            <li>
              {n.locator}: {n.note}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
