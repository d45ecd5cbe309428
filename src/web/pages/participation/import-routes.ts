import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { ValidationError } from '../../../domain/errors.ts';
import { readParticipationCsv } from '../../../domain/participation/participation-csv.ts';
import { contextFor, sendPage, type PageDeps } from '../page.ts';
import { acceptCsvUploads, uploadedText } from '../csv-upload.ts';
import { ParticipationImportPage } from './import-page.tsx';

/**
 * /{lang}/participation/import: a CSV upload checked first (dry run), then imported on confirmation, through
 * the same importer as `participation import`. The report is the answer to the POST: a redirect could not carry it.
 */
export function participationImportPages(deps: PageDeps) {
  const { services } = deps;
  return async (app: FastifyInstance) => {
    await acceptCsvUploads(app);

    app.get('/:lang/participation/import', { schema: { hide: true } }, async (req, reply) => {
      services.participation.assertCanImport(req.actor);
      return sendPage(reply, h(ParticipationImportPage, { ctx: contextFor(req, deps) }));
    });

    app.post('/:lang/participation/import', { schema: { hide: true } }, async (req, reply) => {
      services.participation.assertCanImport(req.actor);
      const ctx = contextFor(req, deps);
      const confirmed = uploadedText(req.body, 'confirm') === '1';
      // A confirmation carries the checked file back as text; a new upload is always checked first.
      const csv = confirmed ? uploadedText(req.body, 'csv') : uploadedText(req.body, 'file');
      try {
        if (!csv.trim()) throw new ValidationError([{ field: 'file', code: 'required', message: 'Choose a CSV file' }]);
        const report = await services.participation.import(req.actor, readParticipationCsv(csv), { dryRun: !confirmed });
        return sendPage(reply, h(ParticipationImportPage, { ctx, report, csv }), report.rejected ? 422 : 200);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        return sendPage(reply, h(ParticipationImportPage, { ctx, errors: err.errors.map((e) => (e.field === '(file)' ? { ...e, field: 'file' } : e)) }), 400);
      }
    });
  };
}
