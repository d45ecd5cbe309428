import { Type } from '@sinclair/typebox';
import { ClassifyInputSchema, DecisionInputSchema } from '../../../domain/classify/suggestion-service.ts';

// Bodies are validated by the service (every bad field at once); these schemas document them in the route.
export { ClassifyInputSchema as ClassifyBody, DecisionInputSchema as DecisionBody };

export const SuggestionParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

const Suggestion = (key: 'goal' | 'slug' | 'line', keySchema: ReturnType<typeof Type.Integer> | ReturnType<typeof Type.String>) =>
  Type.Object({ [key]: keySchema, score: Type.Number({ minimum: 0, maximum: 1 }), evidence: Type.Array(Type.String(), { description: 'the phrases of the text that led to the suggestion' }) });

/** What POST /api/v1/classify answers. */
export const ClassificationSchema = Type.Object(
  {
    lang: Type.String({ description: 'the detected (or given) language, BCP 47' }),
    sdgs: Type.Array(Type.Intersect([Suggestion('goal', Type.Integer({ minimum: 1, maximum: 17 })), Type.Object({ target: Type.Optional(Type.String()) })])),
    technologies: Type.Array(Suggestion('slug', Type.String())),
    wsis: Type.Array(Suggestion('line', Type.String())),
  },
  {
    examples: [
      {
        lang: 'en',
        sdgs: [
          { goal: 6, score: 0.82, evidence: ['drinking water', 'water utilities'] },
          { goal: 6, target: '6.1', score: 0.74, evidence: ['drinking water'] },
        ],
        technologies: [{ slug: 'internet-of-things', score: 0.9, evidence: ['IoT sensors'] }],
        wsis: [{ line: 'C7.e-environment', score: 0.5, evidence: ['water'] }],
      },
    ],
  },
);

/** What POST /api/v1/initiatives/{id}/suggestions answers. */
export const SuggestResultSchema = Type.Object(
  { added: Type.Integer({ minimum: 0, description: 'how many new machine suggestions were stored' }), initiative: Type.Ref('Initiative') },
  { examples: [{ added: 2, initiative: { id: 'kr8j72pcksj1' } }] },
);

/** POST …/suggestions needs no body; an empty object or none. */
export const SuggestBody = Type.Union([Type.Object({}, { additionalProperties: false }), Type.Null()], { description: 'No body is needed' });
