import type { FieldError } from '../../../domain/errors.ts';
import type { Initiative } from '../../../domain/initiative/initiative.ts';
import type { DuplicateOf } from '../../../domain/review/duplicates.ts';
import type { Organisation } from '../../../domain/organisation/organisation.ts';
import type { PageContext } from '../../views/context.ts';
import { textOf } from '../../views/text.tsx';
import { valueOf, type FormBody } from '../record-form/form-data.ts';
import { RecordFormPage } from '../record-form/form-page.tsx';
import { rowsToShow } from './initiative-form-data.ts';
import { AboutSection, ClassificationSection, PracticeSection, TrustSection, WhereWhoSection } from './initiative-form-sections.tsx';
import { InitiativeArticle } from './initiative-page.tsx';
import { MachineSuggestionFields } from './suggestion-fields.tsx';
import type { ClassificationLink } from '../../../domain/classification/classification.ts';
import { formFieldLabel } from '../../views/field-labels.ts';

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


/** The one form to create and edit an initiative, with preview, duplicates and every field of the record. */
export function InitiativeFormPage(props: InitiativeFormProps) {
  const { ctx, body, errors = [], record, organisations, preview, suggestions } = props;
  const { t } = ctx;
  const title = record ? t('Edit {title}', { title: textOf(ctx, record.title, record.originalLang) }) : t('New initiative');
  const rows = rowsToShow(body);
  const original = valueOf(body, 'originalLang') || ctx.lang;
  const state = { ctx, body, errors };
  return (
    <RecordFormPage
      {...props}
      base="/initiatives"
      title={title}
      preview={preview ? <InitiativeArticle ctx={ctx} initiative={preview.record} organisations={preview.organisations} /> : undefined}
      anchor={(f) => anchorOf(f, original)}
      label={(f) => formFieldLabel(ctx, f)}
    >
      <AboutSection {...state} />
      <WhereWhoSection {...state} organisations={organisations} rows={rows} />
      <ClassificationSection {...state} rows={rows} />
      <MachineSuggestionFields ctx={ctx} body={body} suggestions={suggestions} />
      <TrustSection {...state} />
      <PracticeSection {...state} rows={rows} />
    </RecordFormPage>
  );
}
