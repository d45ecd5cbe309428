import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';

/** The largest CSV file an upload form takes. */
export const MAX_UPLOAD = 2 * 1024 * 1024;

/**
 * Lets the routes of this plugin read CSV upload forms (multipart): fields land on `req.body` (the file as a
 * Buffer) before the handlers, so the CSRF check (a preHandler) finds `_csrf` in the body like any form.
 * Text fields may be as large as a file: a confirmation form carries the checked file back as text.
 */
export async function acceptCsvUploads(app: FastifyInstance, fields = 5): Promise<void> {
  await app.register(multipart, { attachFieldsToBody: 'keyValues', limits: { fileSize: MAX_UPLOAD, fieldSize: MAX_UPLOAD, files: 1, fields } });
}

/** The text of an uploaded file (or of a text field carrying one), '' when the field is absent. */
export function uploadedText(body: unknown, field: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[field];
  return Buffer.isBuffer(value) ? value.toString('utf8') : typeof value === 'string' ? value : '';
}
