import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { langOf } from '../page.ts';

const ContrastQuery = Type.Object(
  {
    mode: Type.Union([Type.Literal('more'), Type.Literal('standard')]),
    // The page to go back to, without its language prefix ('/initiatives?sdg=9').
    back: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

/** A path on this site only: starts with one slash (never `//host` or `/\host`, which browsers treat as another site). */
export function safeBack(back: string | undefined): string {
  return back && /^\/(?![/\\])/.test(back) ? back : '/';
}

/**
 * The high-contrast switch that works without JavaScript: a plain link sets a cookie for a year
 * (or clears it) and sends the reader back to the page they were on, in their language.
 * Browsers that ask for more contrast (`prefers-contrast: more`) get it without the cookie.
 */
export function displayPages() {
  return async (app: FastifyInstance) => {
    app.get<{ Querystring: Static<typeof ContrastQuery> }>('/:lang/contrast', { schema: { querystring: ContrastQuery, hide: true } }, async (req, reply) => {
      const lang = langOf(req);
      const cookie = req.query.mode === 'more' ? 'contrast=more; Max-Age=31536000' : 'contrast=; Max-Age=0';
      return reply
        .header('set-cookie', `${cookie}; Path=/; SameSite=Lax; HttpOnly`)
        .header('cache-control', 'no-store')
        .redirect(`/${lang}${safeBack(req.query.back)}`, 303);
    });
  };
}
