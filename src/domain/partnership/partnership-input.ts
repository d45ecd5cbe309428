import { Type, type Static } from '@sinclair/typebox';
import { LangMapSchema, union } from '../initiative/initiative-input.ts';
import { LANGS } from '../vocabulary/language.ts';
import { HELP_KINDS } from './partnership.ts';

/** What a signed-in organisation or government sends to post a need or an offer. */
export const PostInputSchema = Type.Object(
  {
    title: LangMapSchema(300, 'Title, by language'),
    description: LangMapSchema(5000, 'What is needed or offered, by language'),
    originalLang: Type.Optional(union(LANGS, 'The language the post was written in (BCP 47)')),
    country: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 3166-1 alpha-3: where the need is, or where the offer comes from' })),
    organisation: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'organisation id' })),
    technologies: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z0-9-]{1,60}$' }), { maxItems: 20 })),
    sdgTargets: Type.Optional(Type.Array(Type.String({ pattern: '^\\d{1,2}\\.[0-9a-z]{1,2}$' }), { maxItems: 30 })),
    helpKinds: Type.Array(union(HELP_KINDS), { minItems: 1, maxItems: HELP_KINDS.length }),
    contact: Type.String({ minLength: 3, maxLength: 500, description: 'private: shared only with the other side of an accepted connection' }),
  },
  { additionalProperties: false },
);
export type PostInput = Static<typeof PostInputSchema>;

/** Asking to connect a need with an offer. */
export const ConnectionInputSchema = Type.Object(
  {
    need: Type.String({ minLength: 1, maxLength: 64 }),
    offer: Type.String({ minLength: 1, maxLength: 64 }),
    message: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
  },
  { additionalProperties: false },
);

/** Making an accepted connection public as a partnership. */
export const PublishInputSchema = Type.Object({ summary: LangMapSchema(2000, 'What the partnership does, by language') }, { additionalProperties: false });
