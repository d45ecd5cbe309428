import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { isLang, type Lang } from '../../domain/vocabulary/language.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { Services } from '../../services.ts';
import { contrastFrom, pageContext, type PageContext } from '../views/context.ts';
import { renderDocument } from '../views/layout.tsx';

export interface PageDeps {
  services: Services;
  assets: PageContext['assets'];
  /** Whether sample content is loaded; refreshed when it is loaded or removed. */
  samplePresent: () => boolean;
  /** The public address of the site (absolute links in JSON-LD and feeds). */
  publicUrl: string;
}

/** The language of a `/:lang/…` URL, or 404 for anything that is not one of our six. */
export function langOf(req: FastifyRequest): Lang {
  const lang = (req.params as { lang?: string }).lang;
  if (!isLang(lang)) throw new NotFoundError('page', req.url);
  return lang;
}

/** Builds the page context for a request under /:lang. */
export function contextFor(req: FastifyRequest, deps: PageDeps): PageContext {
  const lang = langOf(req);
  const path = req.url.slice(lang.length + 1) || '/';
  return pageContext(lang, path, deps.services.vocabulary.current(), deps.assets, deps.samplePresent(), req.actor, req.csrfToken, contrastFrom(req.headers.cookie));
}

/** Sends a rendered page. Signed-in pages are private and never stored; public ones may be revalidated. */
export function sendPage(reply: FastifyReply, page: VNode<any>, status = 200): FastifyReply {
  const personal = reply.request.actor?.id !== undefined;
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', personal ? 'private, no-store' : 'no-cache').send(renderDocument(page));
}

/** Redirects after a successful POST (303: the browser follows with GET). */
export function seeOther(reply: FastifyReply, lang: Lang, path: string): FastifyReply {
  return reply.redirect(`/${lang}${path}`, 303);
}
