import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import type { Services } from '../../../services.ts';
import type { Config } from '../../../config/config.ts';
import type { Initiative } from '../../../domain/initiative/initiative.ts';
import { presentInitiative } from '../initiatives/present.ts';
import { presentClassification } from './present.ts';
import { ClassificationSchema, ClassifyBody, DecisionBody, SuggestBody, SuggestResultSchema, SuggestionParams } from './schemas.ts';
import { problemResponses, writeProblems } from '../responses.ts';

const bearer = [{ bearer: [] }];

/** /api/v1/classify (anyone, own rate limit) and machine suggestions on an initiative (its author or a moderator). */
export function classifyApi(services: Services, config: Config) {
  return async (app: FastifyInstance) => {
    const present = async (record: Initiative) => {
      const orgs = new Map((await services.organisations.getMany(record.organisations.map((o) => o.organisationId))).map((o) => [o.id, o]));
      return presentInitiative(record, services.vocabulary.current(), orgs, config.publicUrl);
    };

    app.post(
      '/classify',
      { schema: { summary: 'Suggest SDG goals and targets, technologies and WSIS lines for a text, with evidence', body: ClassifyBody, tags: ['classify'], response: { 200: ClassificationSchema, ...problemResponses } }, config: { allowAnonymous: true, rateLimit: { max: config.rateLimitClassifyPerMinute, timeWindow: '1 minute' } } },
      async (req) => presentClassification(await services.suggestions.classify(req.body)),
    );

    app.post<{ Params: Static<typeof SuggestionParams> }>('/initiatives/:id/suggestions', { schema: { summary: 'Store machine suggestions for an initiative, from its texts', params: SuggestionParams, body: SuggestBody, tags: ['classify'], security: bearer, response: { 200: SuggestResultSchema, ...writeProblems } } }, async (req) => {
      const { record, added } = await services.suggestions.suggest(req.actor, req.params.id);
      return { added, initiative: await present(record) };
    });

    app.post<{ Params: Static<typeof SuggestionParams> }>('/initiatives/:id/suggestions/decide', { schema: { summary: 'Accept or reject one machine suggestion', params: SuggestionParams, body: DecisionBody, tags: ['classify'], security: bearer, response: { 200: { $ref: 'Initiative' }, ...writeProblems } } }, async (req) => {
      return present(await services.suggestions.decide(req.actor, req.params.id, req.body));
    });
  };
}
