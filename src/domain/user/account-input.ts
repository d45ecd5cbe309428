import { Type, type Static } from '@sinclair/typebox';
import { LANGS } from '../vocabulary/language.ts';
import { ROLES } from '../access/access.ts';
import { union } from '../initiative/initiative-input.ts';

const Email = Type.String({ pattern: '^[^\\s@]{1,64}@[^\\s@]{1,255}\\.[^\\s@]{2,}$', maxLength: 320 });
/** At least 10 characters: length matters more than character classes (NIST SP 800-63B). */
export const Password = Type.String({ minLength: 10, maxLength: 200 });

export const SignUpSchema = Type.Object(
  { email: Email, password: Password, displayName: Type.String({ minLength: 1, maxLength: 100 }), lang: Type.Optional(union(LANGS)) },
  { additionalProperties: false },
);
export type SignUpInput = Static<typeof SignUpSchema>;

export const AddUserSchema = Type.Object(
  { email: Email, role: union(ROLES), password: Type.Optional(Password), displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })) },
  { additionalProperties: false },
);
export type AddUserInput = Static<typeof AddUserSchema>;

export const ResetSchema = Type.Object({ password: Password }, { additionalProperties: false });
export const TokenNameSchema = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }), scope: union(['read', 'write'] as const) }, { additionalProperties: false });
