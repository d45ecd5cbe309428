import { Type } from '@sinclair/typebox';
import { ClassifyInputSchema, DecisionInputSchema } from '../../../domain/classify/suggestion-service.ts';

// Bodies are validated by the service (every bad field at once); these schemas document them in the route.
export { ClassifyInputSchema as ClassifyBody, DecisionInputSchema as DecisionBody };

export const SuggestionParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
