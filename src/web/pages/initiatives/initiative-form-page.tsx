import type { FieldError } from '../../../domain/errors.ts';
import type { Initiative } from '../../../domain/initiative/initiative.ts';
import type { DuplicateOf } from '../../../domain/initiative/initiative-service.ts';
import type { Organisation } from '../../../domain/organisation/organisation.ts';
import { nextState } from '../../../domain/review/workflow.ts';
import type { PageContext } from '../../views/context.ts';
import { Layout } from '../../views/layout.tsx';
import { textOf } from '../../views/text.tsx';
import { DuplicatesNotice } from '../../views/components.tsx';
import { CsrfField, ErrorSummary } from '../../views/form.tsx';
import { stateLabel } from '../../views/labels.ts';
import { rowsToShow, valueOf, type FormBody } from './initiative-form-data.ts';
import { AboutSection, ClassificationSection, PracticeSection, TrustSection, WhereWhoSection } from './initiative-form-sections.tsx';
import { InitiativeArticle } from './initiative-page.tsx';
import { MachineSuggestionFields } from './suggestion-fields.tsx';
import type { ClassificationLink } from '../../../domain/classification/classification.ts';

export interface InitiativeFormProps {
  ctx: PageContext;
  /** The form's values, as typed (or as the record has them). */
  body: FormBody;
  /** Field errors, already named by form field. */
  errors?: FieldError[];
  /** The record being edited; none for a new one. */
  record?: Initiative;
  /** Organisations to choose from. */
  organisations: Organisation[];
  /** The record as it would be, with its organisations: shown above the form, nothing saved. */
  preview?: { record: Initiative; organisations: Organisation[] };
  duplicates?: DuplicateOf[];
  /** Whether the duplicates must be looked at before a submit goes through. */
  duplicatesBlockSubmit?: boolean;
  notice?: string;
  /** Machine suggestions for the text as typed, when the submitter asked for them (nothing stored yet). */
  suggestions?: ClassificationLink[];
}

/** The error summary links to the input of each field; a whole language map links to its original-language text. */
function anchorOf(field: string, originalLang: string): string {
  if (/^(title|summary|description|impact|partnerships|lessons|replicability)$/.test(field)) return `${field}.${originalLang}`;
  if (/^impactMetrics\[\d+\]\.label\./.test(field)) return field.replace(/\.label\..*$/, '.label');
  if (/^(sdgGoals|technologies|wsis|countries)\[/.test(field)) return field.split('[')[0]!;
  if (field === 'machineOffered') return 'form-suggestions';
  return field;
}

/** The name of a field for the error summary. */
function labelOf(ctx: PageContext, field: string): string | undefined {
  const { t, fmt } = ctx;
  const [top, lang] = field.split('.');
  const row = /\[(\d+)\]/.exec(field)?.[1];
  const n = row === undefined ? 0 : Number(row) + 1;
  const texts: Record<string, string> = {
    title: t('Title'),
    summary: t('Summary'),
    description: t('Description'),
    impact: t('Impact'),
    partnerships: t('Partnerships'),
    lessons: t('Challenges and lessons learned'),
    replicability: t('Replicability and sustainability'),
  };
  if (texts[top!]) return lang ? `${texts[top!]} (${fmt.languageName(lang)})` : texts[top!];
  const name = top!.split('[')[0]!;
  const labels: Record<string, string> = {
    originalLang: t('Original language'),
    kind: t('Kind'),
    status: t('Status'),
    scope: t('Geographic scope'),
    dates: t('Dates'),
    countries: t('Countries and areas'),
    organisations: t('Organisation {n}', { n }),
    sdgGoals: t('SDG goals'),
    targets: t('SDG target {n}', { n }),
    technologies: t('Technologies'),
    wsis: t('WSIS action lines'),
    trustMarkers: t('Trust markers'),
    impactMetrics: t('Impact figure {n}', { n }),
    budget: t('Budget'),
    links: t('Link {n}', { n }),
    licence: t('Licence'),
    externalIds: t('Identifiers in other registries'),
    machineOffered: t('Machine suggestions'),
  };
  return labels[name];
}

/** Probable duplicates with links; before a first submit, a tick box says the record is not one of them. */
function Duplicates({ ctx, duplicates, blocking, notDuplicate }: { ctx: PageContext; duplicates: DuplicateOf[]; blocking: boolean; notDuplicate: boolean }) {
  return (
    <DuplicatesNotice ctx={ctx} duplicates={duplicates}>
      {blocking ? (
        <p>
          <label>
            <input type="checkbox" name="notDuplicate" value="yes" form="initiative-form" checked={notDuplicate} /> {ctx.t('This is not a duplicate: submit it for review anyway.')}
          </label>
        </p>
      ) : null}
    </DuplicatesNotice>
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

/** The one form to create and edit an initiative, with preview, duplicates and every field of the record. */
export function InitiativeFormPage({ ctx, body, errors = [], record, organisations, preview, duplicates = [], duplicatesBlockSubmit = false, notice, suggestions }: InitiativeFormProps) {
  const { t, href } = ctx;
  const title = record ? t('Edit {title}', { title: textOf(ctx, record.title, record.originalLang) }) : t('New initiative');
  const action = record ? `/initiatives/${record.id}/edit` : '/initiatives/new';
  const canSubmit = !record || nextState(record.workflowState, 'submit') !== undefined;
  const isDraft = !record || record.workflowState !== 'published';
  const rows = rowsToShow(body);
  const original = valueOf(body, 'originalLang') || ctx.lang;
  const state = { ctx, body, errors };
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      {record ? <p>{t('State: {state}', { state: stateLabel(t, record.workflowState) })}</p> : null}
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      <ErrorSummary ctx={ctx} errors={errors} anchor={(f) => anchorOf(f, original)} label={(f) => labelOf(ctx, f)} />
      {duplicates.length ? <Duplicates ctx={ctx} duplicates={duplicates} blocking={duplicatesBlockSubmit && canSubmit} notDuplicate={valueOf(body, 'notDuplicate') === 'yes'} /> : null}
      {preview ? (
        <section class="preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">{t('Preview: nothing is saved yet')}</h2>
          <InitiativeArticle ctx={ctx} initiative={preview.record} organisations={preview.organisations} />
        </section>
      ) : null}
      <form id="initiative-form" method="post" action={href(action)} class="record-form" novalidate>
        <CsrfField ctx={ctx} />
        {/* The first button is what Enter presses: a preview, so nothing is saved by accident. */}
        <Actions ctx={ctx} isDraft={isDraft} canSubmit={false} />
        <AboutSection {...state} />
        <WhereWhoSection {...state} organisations={organisations} rows={rows} />
        <ClassificationSection {...state} rows={rows} />
        <MachineSuggestionFields ctx={ctx} body={body} suggestions={suggestions} />
        <TrustSection {...state} />
        <PracticeSection {...state} rows={rows} />
        <Actions ctx={ctx} isDraft={isDraft} canSubmit={canSubmit} />
      </form>
      {record ? (
        <p>
          <a href={href(`/initiatives/${record.id}/history`)}>{t('History and review')}</a>
        </p>
      ) : null}
    </Layout>
  );
}
