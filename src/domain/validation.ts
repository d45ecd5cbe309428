import type { TSchema } from '@sinclair/typebox';
import { Value, ValueErrorType } from '@sinclair/typebox/value';
import type { FieldError } from './errors.ts';

/** '/organisations/0/role' → 'organisations[0].role' */
export function fieldName(path: string): string {
  return path
    .split('/')
    .filter(Boolean)
    .map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`))
    .join('');
}

const CODES: Partial<Record<ValueErrorType, string>> = {
  [ValueErrorType.ObjectRequiredProperty]: 'required',
  [ValueErrorType.ObjectAdditionalProperties]: 'unknown-field',
  [ValueErrorType.StringPattern]: 'pattern',
  [ValueErrorType.StringMinLength]: 'too-short',
  [ValueErrorType.StringMaxLength]: 'too-long',
  [ValueErrorType.ArrayMaxItems]: 'too-many',
  [ValueErrorType.Union]: 'not-allowed',
  [ValueErrorType.Literal]: 'not-allowed',
  [ValueErrorType.NumberMinimum]: 'out-of-range',
  [ValueErrorType.NumberMaximum]: 'out-of-range',
  [ValueErrorType.IntegerMinimum]: 'out-of-range',
  [ValueErrorType.IntegerMaximum]: 'out-of-range',
};

/**
 * Every way `value` breaks `schema`, one entry per field (the first problem of each field),
 * with unknown fields named by their own path.
 */
export function schemaErrors(schema: TSchema, value: unknown): FieldError[] {
  const seen = new Map<string, FieldError>();
  for (const e of Value.Errors(schema, value)) {
    let path = e.path;
    if (e.type === ValueErrorType.ObjectAdditionalProperties && e.value && typeof e.value === 'object') {
      const known = Object.keys((e.schema as { properties?: object }).properties ?? {});
      for (const extra of Object.keys(e.value as object).filter((k) => !known.includes(k))) {
        const field = fieldName(`${path}/${extra}`);
        if (!seen.has(field)) seen.set(field, { field, code: 'unknown-field', message: 'This field is not part of the record' });
      }
      continue;
    }
    // A clearable field (`X | null`) that is not null is checked against X, so its errors keep their own paths.
    const nonNull = e.type === ValueErrorType.Union && e.value !== null ? notNullVariant(e.schema) : undefined;
    if (nonNull) {
      for (const inner of schemaErrors(nonNull, e.value)) {
        const field = inner.field === '(body)' ? fieldName(path) : `${fieldName(path)}${inner.field.startsWith('[') ? '' : '.'}${inner.field}`;
        if (!seen.has(field)) seen.set(field, { ...inner, field });
      }
      continue;
    }
    // A child of a union reports under its parent; keep one message per field.
    const field = fieldName(path) || '(body)';
    if (seen.has(field)) continue;
    seen.set(field, { field, code: CODES[e.type] ?? 'invalid', message: describe(e.type, e.message, e.schema) });
  }
  return [...seen.values()];
}

/** X of a union `X | null`, else undefined. */
function notNullVariant(schema: TSchema): TSchema | undefined {
  const variants = (schema.anyOf ?? []) as TSchema[];
  const others = variants.filter((v) => v.type !== 'null');
  return variants.length === 2 && others.length === 1 ? others[0] : undefined;
}

function describe(type: ValueErrorType, message: string, schema: TSchema): string {
  if (type === ValueErrorType.Union && Array.isArray(schema.anyOf)) {
    const allowed = schema.anyOf.map((s: TSchema) => s.const).filter((c: unknown) => c !== undefined);
    if (allowed.length) return `Expected one of: ${allowed.join(', ')}`;
  }
  if (type === ValueErrorType.StringPattern && schema.description) return `Expected ${schema.description}`;
  return message;
}

/** True when `s` is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
