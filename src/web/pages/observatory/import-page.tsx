import { IMPORT_FORMATS } from '../../../domain/indicator/indicator.ts';
import { INDICATORS } from '../../../domain/indicator/catalogue.ts';
import type { ImportReport } from '../../../domain/indicator/indicator-import.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { CsrfField } from '../../views/form.tsx';
import { TableScroll } from '../../views/components.tsx';

const SHOWN_REJECTS = 200;

/** The admin form to import an indicator file in its source format, and the report of the last import. */
export function ImportPage({ ctx, report }: { ctx: PageContext; report?: ImportReport }) {
  const { t, href, fmt, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('Import indicator data')}>
      <h1>{t('Import indicator data')}</h1>
      {report ? (
        <section aria-labelledby="report" role="status">
          <h2 id="report">{t('Import report')}</h2>
          <ul class="metrics">
            <li><strong>{fmt.number(report.rowsRead)}</strong> {t('rows read')}</li>
            <li><strong>{fmt.number(report.accepted)}</strong> {t('accepted')}</li>
            <li><strong>{fmt.number(report.rejected.length)}</strong> {t('rejected')}</li>
          </ul>
          {report.skipped.length ? (
            <ul>
              {report.skipped.map((s) => (
                <li>{t('{rows} rows skipped: {reason}', { rows: fmt.number(s.rows), reason: s.reason })}</li>
              ))}
            </ul>
          ) : null}
          {report.rejected.length ? (
            <TableScroll label={t('Rejected rows')}>
              <table>
                <caption>{t('Rejected rows')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('Line')}</th>
                    <th scope="col">{t('Reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.rejected.slice(0, SHOWN_REJECTS).map((r) => (
                    <tr>
                      <td>{String(r.line)}</td>
                      <td lang="en">{r.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : null}
        </section>
      ) : null}
      <form method="post" action={href('/observatory/import')} enctype="multipart/form-data" class="filters">
        <CsrfField ctx={ctx} />
        <div class="field">
          <label for="format">{t('Format')}</label>
          <select id="format" name="format" required>
            {IMPORT_FORMATS.map((f) => (
              <option value={f}>{f}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="indicator">{t('Indicator, when the file does not say')}</label>
          <select id="indicator" name="indicator">
            <option value="">—</option>
            {INDICATORS.map((i) => (
              <option value={i.code}>{`${i.code} ${i.names[lang]}`}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="licence">{t('Licence')}</label>
          <input id="licence" name="licence" maxLength={500} />
        </div>
        <div class="field">
          <label for="file">{t('File')}</label>
          <input id="file" name="file" type="file" required accept=".csv,.json,text/csv,application/json" />
        </div>
        <div class="field actions">
          <button type="submit">{t('Import')}</button>
        </div>
      </form>
    </Layout>
  );
}
