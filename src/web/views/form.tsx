import type { ComponentChildren } from 'preact';
import type { FieldError } from '../../domain/errors.ts';
import type { Translate } from '../../i18n/i18n.ts';
import type { PageContext } from './context.ts';

/** The hidden CSRF field every POST form carries. */
export function CsrfField({ ctx }: { ctx: PageContext }) {
  return <input type="hidden" name="_csrf" value={ctx.csrf()} />;
}

/** A field error in the reader's language, by its stable code; the service's English message otherwise. */
export function fieldMessage(t: Translate, e: FieldError): string {
  switch (e.code) {
    case 'required':
      return t('This field is required.');
    case 'too-short':
      return t('This is too short.');
    case 'too-long':
      return t('This is too long.');
    case 'pattern':
      return t('This does not have the expected form.');
    case 'not-allowed':
      return t('Choose one of the values offered.');
    case 'unknown-code':
      return t('This code is not known: {detail}', { detail: e.message });
    case 'taken':
      return t('This address already has an account.');
    case 'unknown-id':
      return t('This record does not exist.');
    case 'out-of-range':
      return t('This number is out of range.');
    case 'invalid-date':
      return t('This is not a real calendar date.');
    case 'before-start':
      return t('The end is before the start.');
    case 'no-text':
      return t('Give the title in this language, or choose the language it is written in.');
    case 'duplicate':
      return t('This is given twice.');
    case 'invalid':
      return t('This value is not valid.');
    default:
      return e.message;
  }
}

/** Errors of one field (and its sub-fields), or of the whole form when `field` is empty. */
export function errorsFor(errors: FieldError[] | undefined, field: string): FieldError[] {
  return (errors ?? []).filter((e) => e.field === field || e.field.startsWith(`${field}.`) || e.field.startsWith(`${field}[`));
}

interface FieldProps {
  ctx: PageContext;
  name: string;
  label: string;
  errors?: FieldError[];
  hint?: string;
  children: (a11y: { id: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string }) => ComponentChildren;
}

/** The ids of a field's hint and error, for `aria-describedby`. */
export function describedBy(id: string, hint: string | undefined, errors: FieldError[]): string | undefined {
  return [hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** A field's hint and its errors in the reader's language, with the ids `describedBy` names. */
export function HintAndErrors({ ctx, id, hint, errors }: { ctx: PageContext; id: string; hint?: string; errors: FieldError[] }) {
  return (
    <>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {errors.length ? (
        <p class="error" id={`${id}-error`}>
          {errors.map((e) => fieldMessage(ctx.t, e)).join(' ')}
        </p>
      ) : null}
    </>
  );
}

/** A labelled field with its hint and errors, linked for screen readers. */
export function Field({ ctx, name, label, errors, hint, children }: FieldProps) {
  const own = errorsFor(errors, name);
  const id = fieldId(name);
  const described = describedBy(id, hint, own);
  return (
    <div class={own.length ? 'field field-error' : 'field'}>
      <label for={id}>{label}</label>
      <HintAndErrors ctx={ctx} id={id} hint={hint} errors={own} />
      {children({ id, 'aria-invalid': own.length ? 'true' : undefined, 'aria-describedby': described })}
    </div>
  );
}

/** The id `Field` gives the input of `name`. */
export const fieldId = (name: string): string => `f-${name.replace(/[^a-zA-Z0-9-]/g, '-')}`;

/**
 * A summary of every error at the top of a form, as the GOV.UK pattern does. Each error links to its input:
 * `anchor` names the input of an error's field (by default the top-level field); `label`, when given, names the field.
 */
export function ErrorSummary({
  ctx,
  errors,
  message,
  anchor = (f) => f.split(/[.[]/)[0]!,
  label,
}: {
  ctx: PageContext;
  errors?: FieldError[];
  message?: string;
  anchor?: (field: string) => string;
  label?: (field: string) => string | undefined;
}) {
  if (!errors?.length && !message) return null;
  return (
    <div class="error-summary" role="alert">
      <h2>{ctx.t('There is a problem')}</h2>
      {message ? <p>{message}</p> : null}
      {errors?.length ? (
        <ul>
          {errors.map((e) => (
            <li>
              <a href={`#${fieldId(anchor(e.field))}`}>{label?.(e.field) ? `${label(e.field)}: ${fieldMessage(ctx.t, e)}` : fieldMessage(ctx.t, e)}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
