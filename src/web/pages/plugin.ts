import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { isLang, type Lang } from '../../domain/vocabulary/language.ts';
import { negotiate } from '../../i18n/i18n.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { contrastFrom, pageContext } from '../views/context.ts';
import { renderDocument } from '../views/layout.tsx';
import type { Problem } from '../plugins/problem.ts';
import { ErrorPage } from './error-page.tsx';
import type { PageDeps } from './page.ts';
import type { Config } from '../../config/config.ts';
import { homePages } from './home/routes.ts';
import { initiativePages } from './initiatives/routes.ts';
import { sdgPages } from './sdgs/routes.ts';
import { technologyPages } from './technologies/routes.ts';
import { countryPages } from './countries/routes.ts';
import { organisationPages } from './organisations/routes.ts';
import { displayPages } from './display/routes.ts';
import { searchPages } from './search/routes.ts';
import { observatoryPages } from './observatory/routes.ts';
import { accountPages } from './accounts/routes.ts';
import { moderationPages } from './moderation/routes.ts';
import { adminPages } from './admin/routes.ts';
import { reviewPages } from './initiatives/review-routes.ts';
import { initiativeFormPages } from './initiatives/form-routes.ts';
import { policyPages } from './policies/routes.ts';
import { comparePages } from './compare/routes.ts';
import { openDataPages } from './open-data/routes.ts';
import { participationPages } from './participation/routes.ts';
import { participationImportPages } from './participation/import-routes.ts';
import { partnershipPages } from './partnerships/routes.ts';

/** Every page under /{lang}/. */
export async function registerPages(app: FastifyInstance, deps: PageDeps, config: Config): Promise<void> {
  await app.register(homePages(deps));
  await app.register(initiativePages(deps));
  await app.register(sdgPages(deps));
  await app.register(technologyPages(deps));
  await app.register(countryPages(deps));
  await app.register(organisationPages(deps));
  await app.register(searchPages(deps));
  await app.register(observatoryPages(deps));
  await app.register(accountPages(deps, config));
  await app.register(moderationPages(deps));
  await app.register(adminPages(deps));
  await app.register(reviewPages(deps));
  await app.register(initiativeFormPages(deps));
  await app.register(policyPages(deps));
  await app.register(comparePages(deps));
  await app.register(openDataPages(deps));
  await app.register(participationPages(deps));
  await app.register(participationImportPages(deps));
  await app.register(partnershipPages(deps));
  await app.register(displayPages());
  // Any other GET is a 404 page. As a route (not the not-found handler) it gets the route hooks,
  // compression among them: @fastify/compress only hooks into routes.
  app.get('/*', { schema: { hide: true } }, async (req) => {
    throw new NotFoundError('page', req.url);
  });
}

/** Error pages speak the language of the URL when it has one, else the browser's. */
export function errorPageRenderer(deps: PageDeps) {
  return (req: FastifyRequest, problem: Problem): string => {
    const first = req.url.split('/')[1];
    const lang: Lang = isLang(first) ? first : negotiate(req.headers['accept-language']);
    const path = isLang(first) ? req.url.slice(first.length + 1) || '/' : '/';
    const ctx = pageContext(lang, path, deps.services.vocabulary.current(), deps.assets, deps.samplePresent(), req.actor, req.csrfToken ?? (() => ''), contrastFrom(req.headers.cookie));
    return renderDocument(h(ErrorPage, { ctx, problem }));
  };
}
