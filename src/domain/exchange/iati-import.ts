import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import { LANGS, type Lang } from '../vocabulary/language.ts';
import { INITIATIVE_STATUSES, type OrganisationRole } from '../initiative/initiative.ts';
import { ORGANISATION_TYPES, type OrganisationType } from '../organisation/organisation.ts';
import { fit, rejectedCandidate, validUrl, type ImportCandidate, type OrganisationRef } from './candidate.ts';
import { IATI_SCOPES } from './iati-codes.ts';

// IATI 2.03 activity files → candidates. Reads what maps onto an initiative (identifier, titles and
// descriptions in our six languages, status, dates, scope, recipient countries, SDG tags and sectors,
// participating organisations, budget, document links); the rest of the standard is left out.

type Node = Record<string, any>;
const ALWAYS_ARRAYS = new Set(['iati-activity', 'narrative', 'description', 'participating-org', 'activity-date', 'recipient-country', 'sector', 'tag', 'budget', 'document-link']);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', parseTagValue: false, parseAttributeValue: false, trimValues: true, isArray: (name) => ALWAYS_ARRAYS.has(name) });

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'object' && v ? (v as Node)['#text'] : undefined)?.toString().trim() || undefined;

/** The narratives of an element as a language map (our six languages; others are noted). */
function narratives(el: Node | undefined, defaultLang: string, field: string, max: number, notes: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of (el?.narrative ?? []) as Node[]) {
    const lang = (n['@xml:lang'] ?? defaultLang).toLowerCase().split('-')[0]!;
    const t = fit(text(n), max, `${field}.${lang}`, notes);
    if (!t) continue;
    if ((LANGS as readonly string[]).includes(lang)) out[lang] ??= t;
    else notes.push(`${field}: text in ${lang} left out (Leapfrog keeps ar, en, es, fr, ru, zh)`);
  }
  return out;
}

const ROLES: Record<string, OrganisationRole> = { '1': 'funding', '2': 'lead', '3': 'partner', '4': 'implementing' };
const DATE_FIELDS: Record<string, string> = { '1': 'plannedStart', '2': 'actualStart', '3': 'plannedEnd', '4': 'actualEnd' };

/** Every activity of an IATI activities file; a file that is not IATI XML gives one rejected candidate. */
export function iatiCandidates(file: string, xml: string, vocab: Vocabulary): ImportCandidate[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [rejectedCandidate(file, `line ${valid.err.line}`, [{ field: '(file)', code: 'invalid-xml', message: valid.err.msg }])];
  const doc = parser.parse(xml) as Node;
  const activities = doc['iati-activities']?.['iati-activity'] as Node[] | undefined;
  if (!activities) return [rejectedCandidate(file, 'file', [{ field: '(file)', code: 'not-iati', message: 'No <iati-activities> with <iati-activity> elements: not an IATI activity file' }])];
  const version = doc['iati-activities']['@version'];
  return activities.map((a, i) => activityCandidate(file, i + 1, a, version, vocab));
}

function activityCandidate(file: string, n: number, a: Node, version: string | undefined, vocab: Vocabulary): ImportCandidate {
  const notes: string[] = [];
  const errors: ImportCandidate['errors'] = [];
  const identifier = text(a['iati-identifier']);
  const lang = (a['@xml:lang'] ?? 'en').toLowerCase();
  if (version && !version.startsWith('2.')) errors.push({ field: '@version', code: 'unsupported', message: `IATI ${version}: only 2.0x activity files are read` });
  if (!identifier) errors.push({ field: 'iati-identifier', code: 'required', message: 'The activity has no <iati-identifier>' });
  const title = narratives(a.title, lang, 'title', 300, notes);
  if (!Object.keys(title).length) {
    const found = [...new Set(((a.title?.narrative ?? []) as Node[]).map((n) => n['@xml:lang'] ?? lang))].join(', ') || 'none';
    errors.push({ field: 'title', code: 'unsupported-language', message: `The title is written in ${found} only: Leapfrog records need a title in ar, en, es, fr, ru or zh` });
  }
  const descriptions = (a.description ?? []) as Node[];
  const general = descriptions.find((d) => (d['@type'] ?? '1') === '1') ?? descriptions[0];
  const summary = narratives(general, lang, 'description', 2000, notes);
  const others = descriptions.filter((d) => d !== general).map((d) => narratives(d, lang, 'description', 20000, notes));
  const description: Record<string, string> = {};
  for (const o of others) for (const [l, t] of Object.entries(o)) description[l] = description[l] ? `${description[l]}\n\n${t}` : t;
  if (!Object.keys(summary).length) Object.assign(summary, title);

  const statusCode = Number(a['activity-status']?.['@code']);
  const status = INITIATIVE_STATUSES[statusCode - 1];
  if (!status) errors.push({ field: 'activity-status', code: 'unknown-code', message: `Activity status ${a['activity-status']?.['@code'] ?? '(none)'} is not in the IATI ActivityStatus codelist` });

  const dates: Record<string, string> = {};
  for (const d of (a['activity-date'] ?? []) as Node[]) {
    const key = DATE_FIELDS[d['@type']];
    if (key && /^\d{4}-\d{2}-\d{2}/.test(d['@iso-date'] ?? '')) dates[key] = d['@iso-date'].slice(0, 10);
  }

  const countries: string[] = [];
  for (const c of (a['recipient-country'] ?? []) as Node[]) {
    const iso2 = String(c['@code'] ?? '').toUpperCase();
    const found = vocab.countries.find((v) => v.iso2 === iso2);
    if (found) countries.push(found.iso3);
    else notes.push(`recipient-country: ${iso2 || '(empty)'} is not a known ISO 3166-1 alpha-2 code and was left out`);
  }

  const goals = new Set<string>();
  const targets = new Set<string>();
  for (const t of [...((a.tag ?? []) as Node[]), ...((a.sector ?? []) as Node[])]) {
    const voc = t['@vocabulary'];
    const code = String(t['@code'] ?? '');
    const isTag = (a.tag ?? []).includes(t);
    if ((isTag && voc === '2') || (!isTag && voc === '7')) goals.add(code);
    if ((isTag && voc === '3') || (!isTag && voc === '8')) targets.add(code);
  }
  for (const code of goals) if (!vocab.goal(Number(code))) notes.push(`SDG goal ${code} is unknown and was left out`);
  for (const code of targets) if (!vocab.targets.has(code)) notes.push(`SDG target ${code} is unknown and was left out`);

  const organisationRefs: OrganisationRef[] = [];
  const orgRef = (o: Node, role: OrganisationRole) => {
    const name = Object.values(narratives(o, lang, 'participating-org', 300, []))[0] ?? text(o);
    const type = o['@type'] && o['@type'] in ORGANISATION_TYPES ? (o['@type'] as OrganisationType) : undefined;
    if (!name && !o['@ref']) return;
    organisationRefs.push({ name: name ?? o['@ref'], iatiId: o['@ref'] || undefined, role, type });
  };
  for (const o of (a['participating-org'] ?? []) as Node[]) if (ROLES[o['@role']]) orgRef(o, ROLES[o['@role']]!);
  if (!organisationRefs.some((r) => r.role === 'lead') && a['reporting-org']) orgRef(a['reporting-org'], 'lead');
  const seen = new Set<string>();
  const orgs = organisationRefs.filter((r) => !seen.has(`${r.iatiId ?? r.name}|${r.role}`) && seen.add(`${r.iatiId ?? r.name}|${r.role}`));

  const budgets = (a.budget ?? []) as Node[];
  const currency = (budgets[0]?.value?.['@currency'] ?? a['@default-currency']) as string | undefined;
  const amount = budgets.reduce((sum, b) => sum + (Number(text(b.value)) || 0), 0);
  const links = ((a['document-link'] ?? []) as Node[])
    .map((d, i) => ({ kind: 'document', url: validUrl(d['@url'], `document-link[${i}]`, notes), title: Object.values(narratives(d.title, lang, 'document-link.title', 300, notes))[0] }))
    .filter((l) => l.url)
    .slice(0, 30);

  const input: Record<string, unknown> = {
    title,
    summary,
    ...(Object.keys(description).length ? { description } : {}),
    originalLang: title[lang] ? lang : Object.keys(title)[0],
    kind: 'project',
    status,
    dates,
    countries: [...new Set(countries)],
    sdgGoals: [...goals].filter((c) => vocab.goal(Number(c))).map(Number),
    sdgTargets: [...targets].filter((c) => vocab.targets.has(c)),
    links,
    externalIds: { iati: identifier },
  };
  const scope = IATI_SCOPES[a['activity-scope']?.['@code'] as string];
  if (scope) input.scope = scope;
  if (amount > 0 && currency && /^[A-Z]{3}$/.test(currency)) input.budget = { amount, currency };
  return {
    file,
    locator: `activity ${n}${identifier ? ` (${identifier})` : ''}`,
    externalId: identifier ? { scheme: 'iati', value: identifier } : undefined,
    input,
    organisationRefs: orgs,
    provenance: { source: 'import:iati' },
    errors,
    notes,
  };
}
