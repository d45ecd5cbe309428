import type { ComponentChildren } from 'preact';
import type { FieldError } from '../../../domain/errors.ts';
import type { DuplicateOf } from '../../../domain/review/duplicates.ts';
import { nextState, type WorkflowState } from '../../../domain/review/workflow.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { DuplicatesNotice } from '../../views/components.tsx';
import { CsrfField, ErrorSummary } from '../../views/form.tsx';
import { stateLabel } from '../../views/labels.ts';
import { LANGS } from '../../../domain/vocabulary/language.ts';
import { valueOf, type FormBody } from './form-data.ts';
import { LangTexts, SelectInput, type FormState } from './form-fields.tsx';

/** What every record form page shows around its own sections. */
export interface RecordFormFrame {
  ctx: PageContext;
  /** '/initiatives' or '/policies'. */
  base: string;
  title: string;
  body: FormBody;
  errors?: FieldError[];
  /** The record being edited; none for a new one. */
  record?: { id: string; workflowState: WorkflowState };
  duplicates?: DuplicateOf[];
  /** Whether the duplicates must be looked at before a submit goes through. */
  duplicatesBlockSubmit?: boolean;
  notice?: string;
  /** The record view as it would be, shown above the form (nothing saved). */
  preview?: ComponentChildren;
  /** The error summary's link target and name for a field. */
  anchor: (field: string) => string;
  label: (field: string) => string | undefined;
  children: ComponentChildren;
}

/** The original language, then the title in each language: how every record form begins. */
export function OriginalLangAndTitle(s: FormState) {
  const { t, fmt } = s.ctx;
  return (
    <>
      <SelectInput {...s} name="originalLang" label={t('Original language')} hint={t('The language the record is written in. The title must be given in it.')} empty={t('Choose a language')} options={LANGS.map((l) => [l, fmt.languageName(l)])} />
      <LangTexts {...s} field="title" legend={t('Title')} hint={t('At least in the original language. Add translations in the other languages if you have them.')} maxLength={300} />
    </>
  );
}

/** Preview and save, and (when the record may be submitted) submit. */
function Actions({ ctx, isDraft, canSubmit }: { ctx: PageContext; isDraft: boolean; canSubmit: boolean }) {
  const { t } = ctx;
  return (
    <p class="form-actions">
      <button type="submit" name="intent" value="preview" class="secondary">
        {t('Preview')}
      </button>
      <button type="submit" name="intent" value="draft">
        {isDraft ? t('Save draft') : t('Save changes')}
      </button>
      {canSubmit ? (
        <button type="submit" name="intent" value="submit">
          {t('Submit for review')}
        </button>
      ) : null}
    </p>
  );
}

/**
 * The frame of a record form: heading, state, notice, error summary, probable duplicates (with the
 * "not a duplicate" tick box before a first submit), the preview, and the form with its CSRF field and buttons.
 */
export function RecordFormPage(p: RecordFormFrame) {
  const { ctx, base, record, duplicates = [] } = p;
  const { t, href } = ctx;
  const action = record ? `${base}/${record.id}/edit` : `${base}/new`;
  const canSubmit = !record || nextState(record.workflowState, 'submit') !== undefined;
  const isDraft = !record || record.workflowState !== 'published';
  return (
    <Layout ctx={ctx} title={p.title}>
      <h1>{p.title}</h1>
      {record ? <p>{t('State: {state}', { state: stateLabel(t, record.workflowState) })}</p> : null}
      {p.notice ? (
        <p class="notice" role="status">
          {p.notice}
        </p>
      ) : null}
      <ErrorSummary ctx={ctx} errors={p.errors ?? []} anchor={p.anchor} label={p.label} />
      {duplicates.length ? (
        <DuplicatesNotice ctx={ctx} duplicates={duplicates} base={base}>
          {p.duplicatesBlockSubmit && canSubmit ? (
            <p>
              <label>
                <input type="checkbox" name="notDuplicate" value="yes" form="record-form" checked={valueOf(p.body, 'notDuplicate') === 'yes'} /> {ctx.t('This is not a duplicate: submit it for review anyway.')}
              </label>
            </p>
          ) : null}
        </DuplicatesNotice>
      ) : null}
      {p.preview ? (
        <section class="preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">{t('Preview: nothing is saved yet')}</h2>
          {p.preview}
        </section>
      ) : null}
      <form id="record-form" method="post" action={href(action)} class="record-form" novalidate>
        <CsrfField ctx={ctx} />
        {/* The first button is what Enter presses: a preview, so nothing is saved by accident. */}
        <Actions ctx={ctx} isDraft={isDraft} canSubmit={false} />
        {p.children}
        <Actions ctx={ctx} isDraft={isDraft} canSubmit={canSubmit} />
      </form>
      {record ? (
        <p>
          <a href={href(`${base}/${record.id}/history`)}>{t('History and review')}</a>
        </p>
      ) : null}
    </Layout>
  );
}
