import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { can } from '../../../domain/access/access.ts';
import { negotiate } from '../../../i18n/i18n.ts';
import { ValidationError } from '../../../domain/errors.ts';
import { csvCandidates } from '../../../exchange/readers.ts';
import { csvColumn } from '../../../domain/exchange/csv-format.ts';
import { pageContext } from '../../views/context.ts';
import { contextFor, sendPage, type PageDeps } from '../page.ts';
import { ApiDocsPage } from './api-docs-page.tsx';
import { OpenDataPage } from './open-data-page.tsx';
import { acceptCsvUploads, uploadedText } from '../csv-upload.ts';

/** /{lang}/open-data (downloads, feeds, bulk submission), /{lang}/api-docs and /api/docs (the API reference). */
export function openDataPages(deps: PageDeps) {
  const { services } = deps;
  return async (app: FastifyInstance) => {
    await acceptCsvUploads(app);
    const canSubmit = (req: FastifyRequest) => can(req.actor, 'record:create');

    app.get('/:lang/open-data', { schema: { hide: true } }, async (req, reply) => sendPage(reply, h(OpenDataPage, { ctx: contextFor(req, deps), canSubmit: canSubmit(req) })));

    app.post('/:lang/open-data/submit', { schema: { hide: true } }, async (req, reply) => {
      const ctx = contextFor(req, deps);
      const csv = uploadedText(req.body, 'file');
      const checkOnly = !canSubmit(req) || Boolean(uploadedText(req.body, 'check'));
      if (!csv.trim()) throw new ValidationError([{ field: 'file', code: 'required', message: 'Choose a CSV file' }]);
      const report = await services.imports.run(req.actor, csvCandidates('upload.csv', csv), { dryRun: checkOnly });
      report.rejected = report.rejected.map((r) => ({ ...r, field: csvColumn(r.field) }));
      return sendPage(reply, h(OpenDataPage, { ctx, report, canSubmit: canSubmit(req) }), report.rejected.length ? 422 : 200);
    });

    const docs = () => app.swagger() as unknown as Record<string, unknown>;
    app.get('/:lang/api-docs', { schema: { hide: true } }, async (req, reply) => sendPage(reply, h(ApiDocsPage, { ctx: contextFor(req, deps), doc: docs() })));
    app.get('/api/docs', { schema: { hide: true } }, async (req, reply) => {
      const ctx = pageContext(negotiate(req.headers['accept-language']), '/api-docs', services.vocabulary.current(), deps.assets, deps.samplePresent());
      return sendPage(reply, h(ApiDocsPage, { ctx, doc: docs() }));
    });
  };
}
