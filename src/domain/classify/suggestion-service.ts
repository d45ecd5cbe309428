import { Type } from '@sinclair/typebox';
import { authorize, can, type Actor } from '../access/access.ts';
import type { ClassificationLink, ClassificationScheme } from '../classification/classification.ts';
import { goalOf } from '../classification/classification.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Initiative } from '../initiative/initiative.ts';
import type { AfterSave, ClassifierDecision, Stores, UnitOfWork } from '../ports.ts';
import { schemaErrors } from '../validation.ts';
import type { VocabularyService } from '../vocabulary/vocabulary-service.ts';
import { classify } from './classify.ts';
import { modelFromJson, modelToJson, train, type ClassifierModel } from './model.ts';
import { choiceErrors, decisionsOf, parseSuggestionKey, suggestionKey, type FormSuggestionChoices } from './form-suggestions.ts';
import { recordText, suggestionLinks, trainingExamples } from './suggestion-links.ts';
import type { ClassifyResult, Lexicon } from './types.ts';

/** The longest text `classify` accepts over the API. */
export const MAX_CLASSIFY_CHARS = 20_000;

/** BCP 47 tags of our six languages, with optional subtags (zh-Hans, fr-CA). */
export const CLASSIFY_LANG_PATTERN = '^(en|fr|es|ar|zh|ru)(-[A-Za-z0-9]{1,8})*$';

/** Body of POST /api/v1/classify. */
export const ClassifyInputSchema = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: MAX_CLASSIFY_CHARS, description: 'the text to classify' }),
    lang: Type.Optional(Type.String({ pattern: CLASSIFY_LANG_PATTERN, description: 'BCP 47 tag of the text (en, fr, es, ar, zh, ru); detected when absent' })),
  },
  { additionalProperties: false },
);

/** Body of a decision on one machine suggestion. */
export const DecisionInputSchema = Type.Object(
  {
    scheme: Type.Union(['sdg-goal', 'sdg-target', 'technology', 'wsis'].map((s) => Type.Literal(s))),
    code: Type.String({ minLength: 1, maxLength: 64 }),
    accept: Type.Boolean(),
  },
  { additionalProperties: false },
);

export interface DecisionInput {
  scheme: ClassificationScheme;
  code: string;
  accept: boolean;
}

export interface TrainReport {
  examples: number;
  accepted: number;
  rejected: number;
  codes: number;
  modelId: string;
}

const MODEL_RECHECK_MS = 60_000;

/**
 * Machine suggestions on records: classify any text, suggest links for a record (stored unconfirmed, source
 * 'machine'), let its author or a moderator accept or reject each (decisions are kept for training), and train
 * the learned model from people's links.
 */
export class SuggestionService {
  private model: { value?: ClassifierModel; id?: string; checkedAt: number } = { checkedAt: -Infinity };

  constructor(
    private readonly uow: UnitOfWork,
    private readonly vocabulary: VocabularyService,
    private readonly clock: () => Date = () => new Date(),
    private readonly lexicons: readonly Lexicon[] = [],
  ) {}

  /** The latest stored model, re-read at most once a minute (the CLI may train while the server runs). */
  async currentModel(): Promise<ClassifierModel | undefined> {
    const now = Date.now();
    if (now - this.model.checkedAt < MODEL_RECHECK_MS) return this.model.value;
    const stored = await this.uow.classifier.latestModel();
    if (stored?.id !== this.model.id) this.model.value = stored ? modelFromJson(stored.model) : undefined;
    this.model = { value: this.model.value, id: stored?.id, checkedAt: now };
    return this.model.value;
  }

  /** Classifies a `{text, lang?}` body; every bad field is reported at once. */
  async classify(body: unknown): Promise<ClassifyResult> {
    const errors = schemaErrors(ClassifyInputSchema, body);
    if (errors.length) throw new ValidationError(errors);
    const { text, lang } = body as { text: string; lang?: string };
    return classify(text, { lang, lexicons: this.lexicons, model: await this.currentModel() });
  }

  /** Runs the classifier on the record's texts and stores the new suggestions (never a code already linked or rejected). */
  async suggest(actor: Actor, id: string): Promise<{ record: Initiative; added: ClassificationLink[] }> {
    const model = await this.currentModel();
    const now = this.clock().toISOString();
    return this.uow.transaction(async (stores) => {
      const current = await this.loadForDecision(stores, actor, id);
      const { text, lang } = recordText(current);
      if (!text) return { record: current, added: [] };
      const rejected = (await stores.classifier.decisions(id)).filter((d) => !d.accepted);
      const result = classify(text, { lang, lexicons: this.lexicons, model });
      const added = suggestionLinks(result, current.classifications, rejected, this.vocabulary.current());
      if (!added.length) return { record: current, added };
      const saved: Initiative = { ...current, classifications: [...current.classifications, ...added], version: current.version + 1, updatedAt: now };
      await stores.initiatives.update(saved);
      await stores.history.addVersion({ recordType: 'initiative', recordId: id, version: saved.version, author: actor.id ?? actor.label, createdAt: now, changedFields: ['classifications'], snapshot: saved });
      return { record: saved, added };
    });
  }

  /**
   * Suggestions for a text being written in the submission form, stored nowhere: codes the form already links
   * (`existing`) are left out, and on an existing record so are codes somebody rejected. A new record needs
   * `record:create`; an existing one, the right to decide its suggestions.
   */
  async suggestForDraft(actor: Actor, draft: { text: string; lang?: string; existing: readonly ClassificationLink[]; recordId?: string }): Promise<ClassificationLink[]> {
    let rejected: ClassifierDecision[] = [];
    if (draft.recordId) {
      await this.loadForDecision(this.uow, actor, draft.recordId);
      rejected = (await this.uow.classifier.decisions(draft.recordId)).filter((d) => !d.accepted);
    } else authorize(actor, 'record:create');
    const text = draft.text.slice(0, MAX_CLASSIFY_CHARS);
    if (!text.trim()) return [];
    const result = classify(text, { lang: draft.lang, lexicons: this.lexicons, model: await this.currentModel() });
    return suggestionLinks(result, draft.existing, rejected, this.vocabulary.current());
  }

  /**
   * Records what the submitter did with the suggestions the form offered, as a step of the record's save
   * (`InitiativeService.create/update` with `afterSave`): each ticked one becomes a link (source 'machine',
   * confirmed by the submitter, with the score and phrases of the saved text), each one left unticked is a
   * rejection; every choice is a stored decision. The record and these decisions are one unit of work: if
   * either fails, neither is kept. The choices are checked and the model read here, before the save begins.
   */
  async formChoicesStep(actor: Actor, choices: FormSuggestionChoices): Promise<AfterSave<Initiative>> {
    const errors = choiceErrors(choices);
    if (errors.length) throw new ValidationError(errors);
    const decisions = decisionsOf(choices).map((d) => ({ ...d, parsed: parseSuggestionKey(d.key)! }));
    const model = await this.currentModel();
    const now = this.clock().toISOString();
    return async (stores, saved) => {
      // Read again in the transaction: the access check sees the record as saved, with its text.
      const current = await this.loadForDecision(stores, actor, saved.id);
      if (!decisions.length) return current;
      const { text, lang } = recordText(current);
      const fresh = new Map(suggestionLinks(classify(text, { lang, lexicons: this.lexicons, model }), [], [], this.vocabulary.current()).map((l) => [suggestionKey(l), l]));
      const linked = new Set(current.classifications.map(suggestionKey));
      const who = actor.id ?? actor.label;
      const added: ClassificationLink[] = [];
      for (const { key, accept, parsed } of decisions) {
        const machine = fresh.get(key);
        if (accept && !linked.has(key)) {
          added.push({ scheme: parsed.scheme, code: parsed.code, source: 'machine', confidence: machine?.confidence, evidenceText: machine?.evidenceText, confirmedBy: who, confirmedAt: now });
          linked.add(key);
        }
        await stores.classifier.addDecision({ id: newId(), recordType: 'initiative', recordId: current.id, scheme: parsed.scheme, code: parsed.code, accepted: accept, confidence: machine?.confidence, evidenceText: machine?.evidenceText, text, lang, actor: who, decidedAt: now });
      }
      if (!added.length) return current;
      const next: Initiative = { ...current, classifications: [...current.classifications, ...added.map(dropUndefinedFields)], version: current.version + 1, updatedAt: now };
      await stores.initiatives.update(next);
      await stores.history.addVersion({ recordType: 'initiative', recordId: current.id, version: next.version, author: who, createdAt: now, changedFields: ['classifications'], snapshot: next });
      return next;
    };
  }

  /** Accepts (the link becomes a claim) or rejects (the link goes, the decision stays) one pending suggestion. */
  async decide(actor: Actor, id: string, body: unknown): Promise<Initiative> {
    const errors = schemaErrors(DecisionInputSchema, body);
    if (errors.length) throw new ValidationError(errors);
    const input = body as DecisionInput;
    const now = this.clock().toISOString();
    return this.uow.transaction(async (stores) => {
      const current = await this.loadForDecision(stores, actor, id);
      const link = current.classifications.find((c) => c.scheme === input.scheme && c.code === input.code && c.source === 'machine' && !c.confirmedAt);
      if (!link) throw new ConflictError(`${input.scheme} ${input.code} is not a pending machine suggestion on this initiative`);
      const who = actor.id ?? actor.label;
      const classifications = input.accept
        ? current.classifications.map((c) => (c === link ? { ...c, confirmedBy: who, confirmedAt: now } : c))
        : current.classifications.filter((c) => c !== link);
      const saved: Initiative = { ...current, classifications, version: current.version + 1, updatedAt: now };
      const { text, lang } = recordText(current);
      const decision: ClassifierDecision = { id: newId(), recordType: 'initiative', recordId: id, scheme: link.scheme, code: link.code, accepted: input.accept, confidence: link.confidence, evidenceText: link.evidenceText, text, lang, actor: who, decidedAt: now };
      await stores.initiatives.update(saved);
      await stores.history.addVersion({ recordType: 'initiative', recordId: id, version: saved.version, author: who, createdAt: now, changedFields: ['classifications'], snapshot: saved });
      await stores.classifier.addDecision(decision);
      return saved;
    });
  }

  /** Trains the learned model from every record's claimed links and every stored rejection, and stores it. */
  async train(actor: Actor): Promise<TrainReport> {
    authorize(actor, 'classifier:train');
    const records: Initiative[] = [];
    const states = ['draft', 'submitted', 'changes-requested', 'published', 'declined', 'archived'] as const;
    for (let offset = 0; ; offset += 200) {
      const page = await this.uow.initiatives.list({ states: [...states] }, offset, 200);
      records.push(...page.items);
      if (page.items.length < 200) break;
    }
    const examples = trainingExamples(records, await this.uow.classifier.decisions());
    const model = train(examples);
    const id = newId();
    const labels = examples.flatMap((e) => e.labels);
    await this.uow.classifier.saveModel({ id, createdAt: this.clock().toISOString(), createdBy: actor.id ?? actor.label, examples: examples.length, codes: Object.keys(model.codes).length, model: modelToJson(model) });
    this.model = { value: model, id, checkedAt: Date.now() };
    return { examples: examples.length, accepted: labels.filter((l) => l.accepted).length, rejected: labels.filter((l) => !l.accepted).length, codes: Object.keys(model.codes).length, modelId: id };
  }

  /** Whether `actor` may see and decide the pending suggestions of `record` (pages use it to show the buttons). */
  mayDecide(actor: Actor, record: Initiative): boolean {
    return can(actor, 'suggestion:decide', record);
  }

  private async loadForDecision(stores: Stores, actor: Actor, id: string): Promise<Initiative> {
    const current = await stores.initiatives.get(id);
    if (!current || !can(actor, 'record:read', current)) throw new NotFoundError('initiative', id);
    authorize(actor, 'suggestion:decide', current);
    return current;
  }
}

const dropUndefinedFields = (link: ClassificationLink): ClassificationLink => Object.fromEntries(Object.entries(link).filter(([, v]) => v !== undefined)) as unknown as ClassificationLink;

/** The pending (unconfirmed) machine suggestions of a record, strongest first. */
export function pendingSuggestions(links: readonly ClassificationLink[]): ClassificationLink[] {
  return links.filter((c) => c.source === 'machine' && !c.confirmedAt).sort((a, b) => (b.confidence ?? 0) - (a.confidence ?? 0) || goalOrder(a) - goalOrder(b));
}

const goalOrder = (c: ClassificationLink): number => (c.scheme.startsWith('sdg') ? goalOf(c.code) : 99);
