import type { FastifyInstance } from 'fastify';
import type { TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { ValidationError } from '../../domain/errors.ts';
import { schemaErrors } from '../../domain/validation.ts';

declare module 'fastify' {
  interface FastifySchema {
    /** OpenAPI: the group a route belongs to. */
    tags?: string[];
    summary?: string;
    description?: string;
    /** Not an API route: left out of the OpenAPI document. */
    hide?: boolean;
  }
}

/**
 * Route schemas are TypeBox schemas: they document the API (OpenAPI) and validate requests with
 * the same code the services use, so every bad field is named the same way everywhere.
 * Bodies are left to the services. Query strings and params are converted first ("2" → 2, "a" → ["a"] for arrays).
 */
export function useTypeBoxValidation(app: FastifyInstance): void {
  app.setValidatorCompiler(({ schema, httpPart }) => (data: unknown) => {
    // Bodies are validated by the services (schema and vocabularies in one pass, for the API,
    // forms and the CLI alike); here their schema only documents the route.
    if (httpPart === 'body') return { value: data };
    const value = Value.Convert(schema as TSchema, data ?? {});
    const errors = schemaErrors(schema as TSchema, value);
    if (!errors.length) return { value };
    return { error: new ValidationError(errors) };
  });
}
