import { authorize, type Actor } from '../access/access.ts';
import { ConflictError, NotFoundError, ValidationError, type FieldError } from '../errors.ts';
import { newId, stableId } from '../ids.ts';
import type { ParticipationFilter, Stores, UnitOfWork } from '../ports.ts';
import { isCalendarDate, schemaErrors } from '../validation.ts';
import type { VocabularyService } from '../vocabulary/vocabulary-service.ts';
import { placeFilter } from '../vocabulary/place-filter.ts';
import { cleanLangMap, cleanText } from '../initiative/initiative-build.ts';
import type { Body, Meeting, Participation, ParticipationRole, StakeholderType } from './participation.ts';
import { BodyInputSchema, MeetingInputSchema, ParticipationInputSchema, type BodyInput, type MeetingInput, type ParticipationInput } from './participation-input.ts';
import { participationStats, standardAreas, type StatsArea } from './participation-stats.ts';

/** Filters of the participation list and statistics, as the API receives them (codes, not names). */
export interface ParticipationQuery {
  body?: string; // body code
  meeting?: string; // meeting code (with body)
  country?: string; // ISO3
  group?: string; // LDC, LLDC, SIDS, EIT
  region?: string; // M49 region or ITU region
  role?: string;
  stakeholderType?: string;
  from?: string; // YYYY or YYYY-MM-DD
  to?: string;
  page?: number;
  limit?: number;
}

/** One line of an import: the values read and the file line they came from. */
export interface ImportLine {
  line: number;
  values: Record<string, unknown>;
}

export interface ImportReport {
  read: number;
  accepted: number;
  rejected: number;
  inserted: number;
  updated: number;
  unchanged: number;
  errors: { line: number; errors: FieldError[] }[];
  dryRun: boolean;
}

interface WriteOptions {
  isSample?: boolean;
}

/** Bodies, meetings, participation rows and their statistics. Rows are data kept by admins and imports, not reviewed records. */
export class ParticipationService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly vocabulary: VocabularyService,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async bodies(): Promise<Body[]> {
    return this.uow.participation.bodies();
  }

  async body(code: string): Promise<Body> {
    const b = await this.uow.participation.bodyByCode(code);
    if (!b) throw new NotFoundError('body', code);
    return b;
  }

  async meetings(bodyCode?: string): Promise<Meeting[]> {
    return this.uow.participation.meetings(bodyCode ? (await this.body(bodyCode)).id : undefined);
  }

  /** Records a body; its code must be new. */
  async createBody(actor: Actor, input: unknown, opts: WriteOptions = {}): Promise<Body> {
    authorize(actor, 'participation:manage');
    const errors = schemaErrors(BodyInputSchema, input);
    const b = input as BodyInput;
    if (!errors.length && !Object.keys(cleanLangMap(b.name)).length) errors.push({ field: 'name', code: 'required', message: 'Give the name in at least one language' });
    if (errors.length) throw new ValidationError(errors);
    const now = this.clock().toISOString();
    const body: Body = { id: stableId('body', b.code), code: b.code, name: cleanLangMap(b.name), acronym: b.acronym && cleanText(b.acronym), kind: b.kind as Body['kind'], url: b.url, isSample: opts.isSample ?? false, createdAt: now, updatedAt: now };
    return this.uow.transaction(async (s) => {
      if (await s.participation.bodyByCode(b.code)) throw new ConflictError(`A body with code ${b.code} exists already`);
      await s.participation.insertBody(body);
      return body;
    });
  }

  /** Records a meeting of a body; its code must be new within the body. */
  async createMeeting(actor: Actor, input: unknown, opts: WriteOptions = {}): Promise<Meeting> {
    authorize(actor, 'participation:manage');
    const vocab = this.vocabulary.current();
    const errors = schemaErrors(MeetingInputSchema, input);
    const m = input as MeetingInput;
    const bad = new Set(errors.map((e) => e.field));
    return this.uow.transaction(async (s) => {
      const body = bad.has('body') ? undefined : await s.participation.bodyByCode(m.body);
      if (!bad.has('body') && !body) errors.push({ field: 'body', code: 'unknown-code', message: `No body with code ${m.body}` });
      if (!bad.has('title') && !Object.keys(cleanLangMap(m.title)).length) errors.push({ field: 'title', code: 'required', message: 'Give the title in at least one language' });
      for (const f of ['startDate', 'endDate'] as const) if (!bad.has(f) && !isCalendarDate(m[f])) errors.push({ field: f, code: 'invalid', message: `${m[f]} is not a calendar date` });
      if (!errors.length && m.endDate < m.startDate) errors.push({ field: 'endDate', code: 'out-of-range', message: 'The meeting ends before it starts' });
      if (!bad.has('country') && m.country && !vocab.countryByIso3.has(m.country)) errors.push({ field: 'country', code: 'unknown-code', message: `${m.country} is not a known ISO alpha-3 country code` });
      if (errors.length) throw new ValidationError(errors);
      if (await s.participation.meetingByCode(body!.id, m.code)) throw new ConflictError(`Body ${m.body} has a meeting with code ${m.code} already`);
      const meeting: Meeting = {
        id: stableId('meeting', `${m.body}/${m.code}`),
        bodyId: body!.id,
        code: m.code,
        title: cleanLangMap(m.title),
        startDate: m.startDate,
        endDate: m.endDate,
        city: m.city && cleanText(m.city),
        country: m.country ? vocab.countryByIso3.get(m.country)!.m49 : undefined,
        online: m.online ?? false,
        isSample: opts.isSample ?? false,
        createdAt: this.clock().toISOString(),
      };
      await s.participation.insertMeeting(meeting);
      return meeting;
    });
  }

  /** Every problem of one row (schema, country code, body and meeting), or the row ready to store. */
  private async checkRow(s: Stores, values: unknown, now: string, opts: WriteOptions): Promise<{ errors: FieldError[]; row?: Participation }> {
    const errors = schemaErrors(ParticipationInputSchema, values);
    const bad = new Set(errors.map((e) => e.field));
    const p = values as ParticipationInput;
    const country = bad.has('country') ? undefined : this.vocabulary.current().countryByIso3.get(p.country);
    if (!bad.has('country') && !country) errors.push({ field: 'country', code: 'unknown-code', message: `${p.country} is not a known ISO alpha-3 country code` });
    let meeting: Meeting | undefined;
    if (!bad.has('body') && !bad.has('meeting')) {
      const body = await s.participation.bodyByCode(p.body);
      if (!body) errors.push({ field: 'body', code: 'unknown-code', message: `No body with code ${p.body}` });
      else if (!(meeting = await s.participation.meetingByCode(body.id, p.meeting))) errors.push({ field: 'meeting', code: 'unknown-code', message: `Body ${p.body} has no meeting with code ${p.meeting}` });
    }
    const organisation = bad.has('organisation') ? '' : cleanText(p.organisation);
    if (!bad.has('organisation') && !organisation) errors.push({ field: 'organisation', code: 'required', message: 'Name the organisation' });
    if (errors.length) return { errors };
    const row: Participation = {
      id: newId(),
      meetingId: meeting!.id,
      country: country!.m49,
      organisation,
      stakeholderType: p.stakeholderType as StakeholderType,
      role: p.role as ParticipationRole,
      contributions: p.contributions ?? 0,
      isSample: opts.isSample ?? false,
      createdAt: now,
      updatedAt: now,
    };
    return { errors, row };
  }

  /** Records one row (or updates the row with the same meeting, country, organisation and role). */
  async record(actor: Actor, values: unknown, opts: WriteOptions = {}): Promise<{ row: Participation; outcome: 'inserted' | 'updated' | 'unchanged' }> {
    authorize(actor, 'participation:manage');
    const now = this.clock().toISOString();
    return this.uow.transaction(async (s) => {
      const { errors, row } = await this.checkRow(s, values, now, opts);
      if (!row) throw new ValidationError(errors);
      return { row, outcome: await s.participation.upsert(row) };
    });
  }

  /** Throws unless the actor may import participation rows (the upload page checks before showing its form). */
  assertCanImport(actor: Actor): void {
    authorize(actor, 'participation:manage');
  }

  /**
   * Imports many rows: every row is checked, bad rows are reported with their line and reasons,
   * good rows are kept (all in one transaction; none with `dryRun`). Re-importing the same file changes nothing.
   */
  async import(actor: Actor, lines: ImportLine[], opts: WriteOptions & { dryRun?: boolean } = {}): Promise<ImportReport> {
    authorize(actor, 'participation:manage');
    const now = this.clock().toISOString();
    const report: ImportReport = { read: lines.length, accepted: 0, rejected: 0, inserted: 0, updated: 0, unchanged: 0, errors: [], dryRun: opts.dryRun ?? false };
    const checked: Participation[] = [];
    await this.uow.transaction(async (s) => {
      for (const { line, values } of lines) {
        const { errors, row } = await this.checkRow(s, values, now, opts);
        if (row) checked.push(row);
        else report.errors.push({ line, errors });
      }
      report.accepted = checked.length;
      report.rejected = report.errors.length;
      if (report.dryRun) return;
      for (const row of checked) report[await s.participation.upsert(row)]++;
    });
    return report;
  }

  /** Turns query codes into a store filter, naming every unknown code at once. */
  private async filterFor(q: ParticipationQuery): Promise<ParticipationFilter> {
    const vocab = this.vocabulary.current();
    const { countrySets, errors } = placeFilter(vocab, q);
    let bodyIds: string[] | undefined;
    let meetingId: string | undefined;
    if (q.body) {
      const body = await this.uow.participation.bodyByCode(q.body);
      if (!body) errors.push({ field: 'body', code: 'unknown-code', message: `No body with code ${q.body}` });
      else {
        bodyIds = [body.id];
        if (q.meeting) {
          meetingId = (await this.uow.participation.meetingByCode(body.id, q.meeting))?.id;
          if (!meetingId) errors.push({ field: 'meeting', code: 'unknown-code', message: `Body ${q.body} has no meeting with code ${q.meeting}` });
        }
      }
    } else if (q.meeting) errors.push({ field: 'meeting', code: 'required', message: 'A meeting code is read within a body: give body as well' });
    const from = q.from && (q.from.length === 4 ? `${q.from}-01-01` : q.from);
    const to = q.to && (q.to.length === 4 ? `${q.to}-12-31` : q.to);
    if (from && !isCalendarDate(from)) errors.push({ field: 'from', code: 'invalid', message: `${q.from} is not a year or a date` });
    if (to && !isCalendarDate(to)) errors.push({ field: 'to', code: 'invalid', message: `${q.to} is not a year or a date` });
    if (errors.length) throw new ValidationError(errors);
    return { bodyIds, meetingId, countrySets, role: q.role, stakeholderType: q.stakeholderType, from, to };
  }

  /** A page of participation rows, newest meeting first. */
  async list(q: ParticipationQuery) {
    const page = Math.max(1, q.page ?? 1);
    const limit = Math.min(500, Math.max(1, q.limit ?? 50));
    const result = await this.uow.participation.list(await this.filterFor(q), (page - 1) * limit, limit);
    return { ...result, page, limit };
  }

  /**
   * Shares of participants, contributions and leadership roles from each area, per body and year,
   * against the area's share of countries. `group` or `region` narrows the areas; the rows counted are never narrowed by them.
   */
  async stats(q: Pick<ParticipationQuery, 'body' | 'group' | 'region' | 'country' | 'from' | 'to'>) {
    const vocab = this.vocabulary.current();
    const areas: StatsArea[] = standardAreas(vocab);
    const wanted = [q.group, q.region].filter(Boolean) as string[];
    const chosen = wanted.length ? areas.filter((a) => wanted.includes(a.code)) : areas.filter((a) => a.standard);
    const errors: FieldError[] = [];
    if (q.group && !areas.some((a) => a.code === q.group && a.kind === 'group')) errors.push({ field: 'group', code: 'unknown-code', message: `${q.group} is not a country group: use LDC, LLDC, SIDS or EIT` });
    if (q.region && !areas.some((a) => a.code === q.region && a.kind === 'region')) errors.push({ field: 'region', code: 'unknown-code', message: `${q.region} is not an ITU region (AFR, AMS, ARB, ASP, CIS, EUR)` });
    if (errors.length) throw new ValidationError(errors);
    const filter = await this.filterFor({ body: q.body, from: q.from, to: q.to });
    const [cells, bodies] = await Promise.all([this.uow.participation.cells(filter), this.uow.participation.bodies()]);
    return participationStats(cells, chosen, vocab, bodies, q.country ? vocab.countryByIso3.get(q.country)?.m49 : undefined);
  }
}
