import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * GET forms send every field, empty ones too (`?sdg=&technology=5g`). Redirect to the same URL
 * without the empty ones, so shared links are clean and validation sees only real values.
 */
export async function dropEmptyParams(req: FastifyRequest, reply: FastifyReply): Promise<void> {
  const [path, query] = req.url.split('?');
  if (!query) return;
  const params = new URLSearchParams(query);
  const cleaned = new URLSearchParams([...params].filter(([, v]) => v.trim() !== ''));
  if (cleaned.toString() === params.toString()) return;
  const s = cleaned.toString();
  await reply.redirect(`${path}${s ? `?${s}` : ''}`, 302);
}
