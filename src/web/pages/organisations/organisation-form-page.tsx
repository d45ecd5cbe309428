import type { FieldError } from '../../../domain/errors.ts';
import { ITU_MEMBERSHIPS, ORGANISATION_TYPES, type Organisation, type OrganisationType } from '../../../domain/organisation/organisation.ts';
import { LANGS } from '../../../domain/vocabulary/language.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { textOf } from '../../views/text.tsx';
import { formFieldLabel } from '../../views/field-labels.ts';
import { CsrfField, ErrorSummary, Field } from '../../views/form.tsx';
import { ituMembershipLabel, organisationTypeLabel } from '../../views/labels.ts';
import { valueOf, type FormBody } from '../record-form/form-data.ts';
import { LangTexts, SelectInput, TextInput, type FormState } from '../record-form/form-fields.tsx';

export interface OrganisationFormProps {
  ctx: PageContext;
  /** The organisation edited; none on the form that adds one. */
  organisation?: Organisation;
  body: FormBody;
  errors?: FieldError[];
  notice?: string;
}


/**
 * The organisation form, to edit one (`/{lang}/organisations/{id}/edit`) or add one (`/{lang}/organisations/new`):
 * a plain POST form without JavaScript, with the record forms' field pieces. Organisations are not reviewed, so
 * it has one button: save.
 */
export function OrganisationFormPage({ ctx, organisation: o, body, errors = [], notice }: OrganisationFormProps) {
  const { t, fmt, href, lang, vocab } = ctx;
  const s: FormState = { ctx, body, errors };
  const name = o ? textOf(ctx, o.name, o.originalLang as never) : '';
  const title = o ? t('Edit {title}', { title: name }) : t('Add an organisation');
  const originalLang = valueOf(body, 'originalLang') || o?.originalLang || lang;
  const byName = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], lang);
  const countries = vocab.countries.map((c): [string, string] => [c.iso3, c.names[lang]]).sort(byName);
  const aliasErrors = errors.filter((e) => e.field === 'aliases' || e.field.startsWith('aliases['));
  return (
    <Layout ctx={ctx} title={title}>
      {o ? (
        <p>
          <a href={href(`/organisations/${o.id}`)}>{name}</a>
        </p>
      ) : null}
      <h1>{title}</h1>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <ErrorSummary ctx={ctx} errors={errors} anchor={(f) => (f === 'name' ? `name.${originalLang}` : f.split('[')[0]!)} label={(f) => formFieldLabel(ctx, f)} />
      <form id="organisation-form" method="post" action={href(o ? `/organisations/${o.id}/edit` : '/organisations/new')} class="record-form" novalidate>
        <CsrfField ctx={ctx} />
        <SelectInput {...s} name="originalLang" label={t('Original language')} hint={t('The language the name is best known in. The name must be given in it.')} empty={t('Choose a language')} options={LANGS.map((l) => [l, fmt.languageName(l)])} />
        <LangTexts {...s} field="name" legend={t('Name')} hint={t('At least in the original language. Add the name in the other languages if it has one.')} singleLine maxLength={300} />
        <Field ctx={ctx} name="aliases" label={t('Other names and acronyms')} hint={t('One per line, such as ITU or UIT.')} errors={aliasErrors.map((e) => ({ ...e, field: 'aliases' }))}>
          {(a) => (
            <textarea {...a} name="aliases" rows={3} dir="auto">
              {valueOf(body, 'aliases')}
            </textarea>
          )}
        </Field>
        <SelectInput {...s} name="type" label={t('Type')} empty={t('Choose one')} options={(Object.keys(ORGANISATION_TYPES) as OrganisationType[]).map((x) => [x, organisationTypeLabel(t, x)])} />
        <SelectInput {...s} name="ituMembership" label={t('ITU membership')} empty={t('Not known')} options={ITU_MEMBERSHIPS.map((m) => [m, ituMembershipLabel(t, m)])} />
        <SelectInput {...s} name="country" label={t('Country')} hint={t('Where it is based; none for an international organisation.')} empty={t('None')} options={countries} />
        <TextInput {...s} type="url" name="website" label={t('Website')} maxLength={2000} />
        <TextInput {...s} name="iatiId" label={t('IATI organisation identifier')} hint={t('Such as XM-DAC-41114, when it publishes to IATI.')} maxLength={150} />
        <p class="form-actions">
          <button type="submit">{o ? t('Save changes') : t('Add the organisation')}</button>
        </p>
      </form>
      {o ? (
        <p>
          <a href={href(`/organisations/${o.id}#history`)}>{t('History')}</a>
        </p>
      ) : null}
    </Layout>
  );
}
