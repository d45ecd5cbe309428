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

/** A labelled field with its hint and errors, linked for screen readers. */
export function Field({ ctx, name, label, errors, hint, children }: FieldProps) {
  const own = errorsFor(errors, name);
  const id = `f-${name.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  const described = [hint ? `${id}-hint` : '', own.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={own.length ? 'field field-error' : 'field'}>
      <label for={id}>{label}</label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {own.length ? (
        <p class="error" id={`${id}-error`}>
          {own.map((e) => fieldMessage(ctx.t, e)).join(' ')}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': own.length ? 'true' : undefined, 'aria-describedby': described })}
    </div>
  );
}

/** A summary of every error at the top of a form, as the GOV.UK pattern does. */
export function ErrorSummary({ ctx, errors, message }: { ctx: PageContext; errors?: FieldError[]; message?: string }) {
  if (!errors?.length && !message) return null;
  return (
    <div class="error-summary" role="alert">
      <h2>{ctx.t('There is a problem')}</h2>
      {message ? <p>{message}</p> : null}
      {errors?.length ? (
        <ul>
          {errors.map((e) => (
            <li>
              <a href={`#f-${e.field.split(/[.[]/)[0]!.replace(/[^a-zA-Z0-9-]/g, '-')}`}>{fieldMessage(ctx.t, e)}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
