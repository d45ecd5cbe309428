import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { authorize, type Actor, type RecordFacts } from '../../../domain/access/access.ts';
import { ValidationError, type FieldError } from '../../../domain/errors.ts';
import type { DuplicateOf } from '../../../domain/review/duplicates.ts';
import type { ClassificationLink } from '../../../domain/classification/classification.ts';
import type { WorkflowState } from '../../../domain/review/workflow.ts';
import type { AfterSave } from '../../../domain/ports.ts';
import type { PageContext } from '../../views/context.ts';
import { contextFor, langOf, seeOther, sendPage, type PageDeps } from '../page.ts';
import { formErrors, intentOf, type Converted, type FormBody } from './form-data.ts';

type IdParams = { Params: { lang: string; id: string } };
type Notice = 'draft-saved' | 'saved' | 'check-duplicates';
const NOTICES: readonly Notice[] = ['draft-saved', 'saved', 'check-duplicates'];

/** What the page of a record form is given to render. */
export interface FormPageState<T> {
  body: FormBody;
  errors?: FieldError[];
  record?: T;
  /** The record as it would be after the form: shown above it, nothing saved. */
  preview?: T;
  duplicates?: DuplicateOf[];
  duplicatesBlockSubmit?: boolean;
  notice?: string;
  /** Machine suggestions for the text as typed (record types that offer them). */
  suggestions?: ClassificationLink[];
}

interface FormRecord {
  id: string;
  workflowState: WorkflowState;
}

/** A record type as its form needs it: the same service calls as the API, and its own conversion and page. */
export interface FormRecords<T extends FormRecord> {
  base: 'initiatives' | 'policies';
  get(actor: Actor, id: string): Promise<T>;
  facts(record: T): RecordFacts;
  preview(actor: Actor, input: unknown, id?: string): Promise<T>;
  /** Saves the form's record; `afterSave` (the suggestion decisions, when the type offers them) runs in the save's transaction. */
  create(actor: Actor, input: unknown, afterSave?: AfterSave<T>): Promise<T>;
  update(actor: Actor, id: string, input: unknown, afterSave?: AfterSave<T>): Promise<T>;
  submit(actor: Actor, id: string, ip: string): Promise<unknown>;
  duplicates(actor: Actor, id: string): Promise<DuplicateOf[]>;
  duplicatesOf(actor: Actor, record: T): Promise<DuplicateOf[]>;
  /** Form fields → the API's input, remembering where each item came from. */
  toInput(body: FormBody, record?: T): Converted;
  /** The record as form fields, for the edit page. */
  toForm(record: T, ctx: PageContext): FormBody;
  /** The page, with whatever choices (organisations, policies…) it loads. */
  page(ctx: PageContext, actor: Actor, state: FormPageState<T>): Promise<VNode<any>>;
  /**
   * Machine suggestions, for the types that offer them: what the page shows on each re-render (`asked` when
   * the "suggest" button was pressed), and the step that records the choices as part of the save (checked
   * before the save begins: a bad choice is a field error and nothing is saved).
   */
  suggestions?: {
    forPage(actor: Actor, body: FormBody, input: Record<string, unknown>, record: T | undefined, asked: boolean): Promise<ClassificationLink[] | undefined>;
    choicesStep(actor: Actor, body: FormBody): Promise<AfterSave<T> | undefined>;
  };
}

/**
 * A record form's new and edit pages, with Preview (nothing saved), Save draft and Submit for review.
 * The form's fields become the API's input and go to the same service as the API. A first submit with
 * probable duplicates saves the draft and comes back to the form listing them, until "This is not a
 * duplicate" is ticked (docs/workflow.md, ADR 0009).
 */
export function recordFormPages<T extends FormRecord>(deps: PageDeps, records: FormRecords<T>) {
  const { base } = records;

  async function render(req: FastifyRequest, reply: FastifyReply, state: FormPageState<T>, status = 200) {
    return sendPage(reply, await records.page(contextFor(req, deps), req.actor, state), status);
  }

  /** Handles a POST of the form, for a new record (`record` undefined) or an edit. */
  async function handle(req: FastifyRequest, reply: FastifyReply, record?: T) {
    const body = (req.body ?? {}) as FormBody;
    const intent = intentOf(body);
    const lang = langOf(req);
    const { input, paths } = records.toInput(body, record);
    // Suggestions are shown when asked for, and kept on every re-render until the form is saved.
    const suggestions = async () => ({ suggestions: await records.suggestions?.forPage(req.actor, body, input, record, intent.kind === 'suggest') });
    if (intent.kind === 'add-row' || intent.kind === 'suggest') return render(req, reply, { body, record, ...(await suggestions()) });
    try {
      if (intent.kind === 'preview') {
        const preview = await records.preview(req.actor, input, record?.id);
        const duplicates = await records.duplicatesOf(req.actor, preview);
        return render(req, reply, { body, record, preview, duplicates, duplicatesBlockSubmit: preview.workflowState === 'draft', ...(await suggestions()) });
      }
      // The record and the decisions about its suggestions are saved in one transaction: both or neither.
      const afterSave = await records.suggestions?.choicesStep(req.actor, body);
      const saved = record ? await records.update(req.actor, record.id, input, afterSave) : await records.create(req.actor, input, afterSave);
      if (intent.kind === 'draft') return seeOther(reply, lang, `/${base}/${saved.id}/edit?notice=${saved.workflowState === 'published' ? 'saved' : 'draft-saved'}`);
      // Duplicates are shown before the first submit only: a record sent back with changes was seen already.
      if (saved.workflowState === 'draft' && !intent.notDuplicate && (await records.duplicates(req.actor, saved.id)).length) {
        return seeOther(reply, lang, `/${base}/${saved.id}/edit?notice=check-duplicates`);
      }
      await records.submit(req.actor, saved.id, req.ip);
      return seeOther(reply, lang, `/${base}/${saved.id}/history`);
    } catch (err) {
      if (err instanceof ValidationError) return render(req, reply, { body, record, errors: formErrors(err.errors, paths), ...(await suggestions()) }, 400);
      throw err;
    }
  }

  /** The record to edit, or 404 / 403 as the access module decides. */
  async function editable(req: FastifyRequest<IdParams>): Promise<T> {
    const record = await records.get(req.actor, req.params.id);
    authorize(req.actor, 'record:update', records.facts(record));
    return record;
  }

  return async (app: FastifyInstance) => {
    app.get(`/:lang/${base}/new`, { schema: { hide: true } }, async (req, reply) => {
      authorize(req.actor, 'record:create');
      return render(req, reply, { body: { originalLang: langOf(req) } });
    });

    app.post(`/:lang/${base}/new`, { schema: { hide: true } }, async (req, reply) => {
      authorize(req.actor, 'record:create');
      return handle(req, reply);
    });

    app.get<IdParams & { Querystring: { notice?: string } }>(`/:lang/${base}/:id/edit`, { schema: { hide: true } }, async (req, reply) => {
      const record = await editable(req);
      const ctx = contextFor(req, deps);
      const notice = NOTICES.find((n) => n === req.query.notice);
      const duplicates = record.workflowState === 'published' ? [] : await records.duplicates(req.actor, record.id);
      const text: Record<Notice, string> = {
        'draft-saved': ctx.t('The draft is saved. It is not public until a moderator publishes it.'),
        saved: ctx.t('Your changes are saved.'),
        'check-duplicates': ctx.t('The draft is saved but not submitted: please check the possible duplicates below first.'),
      };
      return render(req, reply, { body: records.toForm(record, ctx), record, duplicates, duplicatesBlockSubmit: record.workflowState === 'draft', notice: notice && text[notice] });
    });

    app.post<IdParams>(`/:lang/${base}/:id/edit`, { schema: { hide: true } }, async (req, reply) => handle(req, reply, await editable(req)));
  };
}
