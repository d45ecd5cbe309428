import { CsvUploadForm, UploadReportView } from '../../views/csv-upload.tsx';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { DUMP_FILES } from '../../../exchange/dumps.ts';
import type { ImportReport } from '../../../domain/exchange/import-service.ts';

const FORMAT_NAMES: Record<string, string> = { jsonl: 'JSON Lines', csv: 'CSV', iati: 'IATI 2.03 XML', jsonld: 'JSON-LD (schema.org)' };

/** Downloads, the catalogue, feeds, the API, and bulk submission with a CSV template. */
export function OpenDataPage({ ctx, report, canSubmit }: { ctx: PageContext; report?: ImportReport; canSubmit: boolean }) {
  const { t, href } = ctx;
  return (
    <Layout ctx={ctx} title={t('Open data')} feedUrl="/feeds/initiatives.atom">
      <h1>{t('Open data')}</h1>
      <p class="lead">{t('Everything published on Leapfrog is open: download it, follow it, or read it through the API.')}</p>
      <section aria-labelledby="downloads">
        <h2 id="downloads">{t('Full downloads')}</h2>
        <p>{t('Complete files of every published record, rebuilt whenever the data changes.')}</p>
        <ul>
          {Object.entries(DUMP_FILES).map(([format, files]) => (
            <li>
              {FORMAT_NAMES[format]}:{' '}
              {Object.keys(files).map((f, i) => (
                <>
                  {i ? ', ' : ''}
                  <a href={`/api/v1/dumps/${f}`}>{f}</a>
                </>
              ))}
            </li>
          ))}
          <li>
            <a href="/api/v1/catalog">{t('DCAT catalogue of the datasets')}</a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="feeds">
        <h2 id="feeds">{t('Feeds')}</h2>
        <p>
          <a href="/feeds/initiatives.atom">{t('Atom feed of new and updated initiatives')}</a>.{' '}
          {t('Every SDG, technology and country page links to a feed of its own initiatives.')}
        </p>
      </section>
      <section aria-labelledby="api">
        <h2 id="api">{t('API')}</h2>
        <p>
          <a href={href('/api-docs')}>{t('API documentation')}</a> · <a href="/api/v1/openapi.json">{t('The OpenAPI 3.1 document')}</a>
        </p>
      </section>
      <section aria-labelledby="bulk">
        <h2 id="bulk">{t('Submit many initiatives at once')}</h2>
        <p>
          <a href="/api/v1/templates/initiatives.csv">{t('Download the CSV template')}</a>.{' '}
          {t('Fill in one initiative per line; codes go in their columns (countries as ISO alpha-3, SDG targets such as 9.c), several separated by semicolons.')}
        </p>
        <CsvUploadForm ctx={ctx} action="/open-data/submit" button={t('Send')}>
          <p>
            <input id="check-only" name="check" type="checkbox" value="1" checked={!canSubmit} disabled={!canSubmit} />{' '}
            <label for="check-only">{t('Only check the file, submit nothing')}</label>
          </p>
          {!canSubmit ? <p>{t('Anyone can check a file. Submitting records needs an account that may contribute.')}</p> : null}
        </CsvUploadForm>
        {report ? <UploadReportView ctx={ctx} report={{ ...report, accepted: report.created + report.updated + report.unchanged }} /> : null}
      </section>
    </Layout>
  );
}
