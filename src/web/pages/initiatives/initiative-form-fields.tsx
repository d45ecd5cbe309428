import type { ComponentChildren } from 'preact';
import type { FieldError } from '../../../domain/errors.ts';
import { LANGS } from '../../../domain/vocabulary/language.ts';
import type { PageContext } from '../../views/context.ts';
import { describedBy, errorsFor, Field, fieldId, HintAndErrors } from '../../views/form.tsx';
import { valueOf, valuesOf, type FormBody, type RowGroup } from './initiative-form-data.ts';

// Building blocks of the initiative form. Every input is named by its form path (initiative-form-data.ts),
// shows the value as typed, and is tied to its errors with aria-describedby (through `Field`).

export interface FormState {
  ctx: PageContext;
  body: FormBody;
  errors: FieldError[];
}

type Options = [value: string, label: string][];

// preact's types tie an input's `type` to its other attributes; text, url and date take the same ones here.
/** A labelled single-line input. */
export function TextInput({ ctx, body, errors, name, label, hint, type = 'text', maxLength }: FormState & { name: string; label: string; hint?: string; type?: 'text' | 'url' | 'date'; maxLength?: number }) {
  return (
    <Field ctx={ctx} name={name} label={label} errors={errors} hint={hint}>
      {(a) => <input {...a} type={type as 'text'} name={name} value={valueOf(body, name)} maxLength={maxLength} dir={type === 'text' ? 'auto' : undefined} />}
    </Field>
  );
}

/** A labelled select with an empty first choice. */
export function SelectInput({ ctx, body, errors, name, label, options, empty, hint }: FormState & { name: string; label: string; options: Options; empty: string; hint?: string }) {
  const value = valueOf(body, name);
  return (
    <Field ctx={ctx} name={name} label={label} errors={errors} hint={hint}>
      {(a) => (
        <select {...a} name={name}>
          <option value="">{empty}</option>
          {options.map(([v, l]) => (
            <option value={v} selected={v === value}>
              {l}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A fieldset whose errors are announced with it (checkbox and radio groups, language groups). */
export function Group({ ctx, errors, name, legend, hint, children, class: cls }: { ctx: PageContext; errors: FieldError[]; name: string; legend: string; hint?: string; children: ComponentChildren; class?: string }) {
  const own = errors.filter((e) => e.field === name);
  const id = fieldId(name);
  return (
    <fieldset id={id} class={[cls, own.length ? 'field-error' : ''].filter(Boolean).join(' ') || undefined} aria-describedby={describedBy(id, hint, own)}>
      <legend>{legend}</legend>
      <HintAndErrors ctx={ctx} id={id} hint={hint} errors={own} />
      {children}
    </fieldset>
  );
}

/**
 * One text in each of the six languages: the original language first, then translations. A title is one line,
 * other texts a textarea; any form with language maps uses it (initiatives, needs and offers).
 */
export function LangTexts({ ctx, body, errors, field, legend, hint, long = false, maxLength, singleLine = field === 'title' }: FormState & { field: string; legend: string; hint?: string; long?: boolean; maxLength: number; singleLine?: boolean }) {
  const original = valueOf(body, 'originalLang') || ctx.lang;
  const order = [original, ...LANGS.filter((l) => l !== original)];
  return (
    <Group ctx={ctx} errors={errors} name={field} legend={legend} hint={hint} class="lang-texts">
      {order.map((l) => {
        const name = `${field}.${l}`;
        const label = l === original ? ctx.t('{language} (original)', { language: ctx.fmt.languageName(l) }) : ctx.fmt.languageName(l);
        return (
          <Field ctx={ctx} name={name} label={label} errors={errors}>
            {(a) =>
              singleLine ? (
                <input {...a} type="text" name={name} lang={l} dir="auto" maxLength={maxLength} value={valueOf(body, name)} />
              ) : (
                <textarea {...a} name={name} lang={l} dir="auto" rows={long ? 6 : 3} maxLength={maxLength}>
                  {valueOf(body, name)}
                </textarea>
              )
            }
          </Field>
        );
      })}
    </Group>
  );
}

/** Checkboxes for a code list (SDG goals, technologies, WSIS lines). */
export function Checkboxes({ ctx, body, errors, name, legend, options }: FormState & { name: string; legend: string; options: Options }) {
  const checked = new Set(valuesOf(body, name));
  const invalid = errorsFor(errors, name).length > 0;
  return (
    <Group ctx={ctx} errors={errorsFor(errors, name).map((e) => ({ ...e, field: name }))} name={name} legend={legend} class="checkboxes">
      <ul class="columns">
        {options.map(([v, l]) => (
          <li>
            <label>
              <input type="checkbox" name={name} value={v} checked={checked.has(v)} aria-invalid={invalid ? 'true' : undefined} /> {l}
            </label>
          </li>
        ))}
      </ul>
    </Group>
  );
}

/** A multiple select with option groups (countries by region): one element per choice keeps the page light. */
export function MultiSelect({ ctx, body, errors, name, label, hint, groups }: FormState & { name: string; label: string; hint?: string; groups: { label: string; options: Options }[] }) {
  const chosen = new Set(valuesOf(body, name));
  return (
    <Field ctx={ctx} name={name} label={label} errors={errors} hint={hint}>
      {(a) => (
        <select {...a} name={name} multiple size={10}>
          {groups.map((g) => (
            <optgroup label={g.label}>
              {g.options.map(([v, l]) => (
                <option value={v} selected={chosen.has(v)}>
                  {l}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The "add rows" button of a row group: submits the form, which comes back with more empty rows. */
export function AddRows({ ctx, group, label }: { ctx: PageContext; group: RowGroup; label: string }) {
  return (
    <p>
      <button type="submit" name="add-row" value={group} class="secondary" formnovalidate>
        {label}
      </button>
      <span class="hint"> {ctx.t('Nothing is saved; what you typed stays.')}</span>
    </p>
  );
}

/** Rows of a repeating group, each a fieldset numbered for screen readers. */
export function Rows({ ctx, errors, group, count, legend, children }: { ctx: PageContext; errors: FieldError[]; group: RowGroup; count: number; legend: (n: number) => string; children: (r: number) => ComponentChildren }) {
  return (
    <>
      {Array.from({ length: count }, (_, r) => (
        <Group ctx={ctx} errors={errors} name={`${group}[${r}]`} legend={legend(r + 1)} class="row">
          {children(r)}
        </Group>
      ))}
    </>
  );
}
