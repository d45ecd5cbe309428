import { XMLBuilder } from 'fast-xml-parser';
import { LANGS, type Lang, type LangMap } from '../vocabulary/language.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import { iatiActivityStatusCode, type Initiative } from '../initiative/initiative.ts';
import type { Organisation } from '../organisation/organisation.ts';
import { claimedCodes, goalOf } from '../classification/classification.ts';
import { ROLE_TO_IATI, SCOPE_TO_IATI, type IatiPublisher } from './iati-codes.ts';

// Published initiatives as IATI 2.03 activities. Element order follows the schema's sequence
// (iati-activities-schema.xsd); a test validates the output with xmllint against the official schema.

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', format: true, suppressEmptyNode: true, processEntities: true });

type Node = Record<string, unknown>;

/** Narratives of a language map, the original language first (without xml:lang when it is the activity's). */
function narratives(map: LangMap, activityLang: Lang): Node[] {
  const langs = [activityLang, ...LANGS.filter((l) => l !== activityLang)].filter((l) => map[l]);
  return langs.map((l) => (l === activityLang ? { '#text': map[l] } : { '@xml:lang': l, '#text': map[l] }));
}

/** The IATI identifier of a record: its own when it came from IATI, else one under the publisher's prefix. */
export function iatiIdentifier(i: Initiative, publisher: IatiPublisher): string {
  return i.externalIds.iati ?? `${publisher.ref}-${i.id}`;
}

function activity(i: Initiative, vocab: Vocabulary, orgs: Map<string, Organisation>, publicUrl: string, publisher: IatiPublisher): Node {
  const lang = i.originalLang;
  const participating: Node[] = i.organisations.map((o) => {
    const org = orgs.get(o.organisationId);
    return { '@ref': org?.iatiId, '@type': org?.type, '@role': ROLE_TO_IATI[o.role], narrative: narratives(org?.name ?? {}, lang) };
  });
  if (!participating.length) participating.push({ '@ref': publisher.ref, '@type': publisher.type, '@role': '2', narrative: [{ '#text': publisher.name }] });
  const dateTypes: [keyof Initiative['dates'], string][] = [['plannedStart', '1'], ['actualStart', '2'], ['plannedEnd', '3'], ['actualEnd', '4']];
  const dates: Node[] = dateTypes.filter(([k]) => i.dates[k]).map(([k, type]) => ({ '@iso-date': i.dates[k], '@type': type }));
  // IATI requires one activity date: without any, the record's creation stands in and says so.
  if (!dates.length) dates.push({ '@iso-date': i.createdAt.slice(0, 10), '@type': '1', narrative: [{ '@xml:lang': 'en', '#text': 'No start date was given: the date the record was created in Leapfrog' }] });
  const goals = [...new Set([...claimedCodes(i.classifications, 'sdg-goal'), ...claimedCodes(i.classifications, 'sdg-target').map((t) => String(goalOf(t)))])].sort((a, b) => Number(a) - Number(b));
  const targets = claimedCodes(i.classifications, 'sdg-target');
  const docs = i.links.map((l) => ({
    '@url': l.url,
    '@format': 'text/html',
    title: { narrative: [{ '#text': l.title ?? l.url }] },
    category: { '@code': l.kind === 'document' ? 'A01' : 'A12' },
  }));
  docs.unshift({ '@url': `${publicUrl}/${lang}/initiatives/${i.id}`, '@format': 'text/html', title: { narrative: [{ '#text': 'Leapfrog record' }] }, category: { '@code': 'A12' } });
  return {
    '@last-updated-datetime': i.updatedAt.replace(/\.\d+Z$/, 'Z'),
    '@xml:lang': lang,
    ...(i.budget ? { '@default-currency': i.budget.currency } : {}),
    'iati-identifier': iatiIdentifier(i, publisher),
    'reporting-org': { '@ref': publisher.ref, '@type': publisher.type, narrative: [{ '#text': publisher.name }] },
    title: { narrative: narratives(i.title, lang) },
    description: [
      { '@type': '1', narrative: narratives(i.summary, lang) },
      ...(Object.keys(i.description).length ? [{ '@type': '2', narrative: narratives(i.description, lang) }] : []),
    ],
    'participating-org': participating,
    'activity-status': { '@code': iatiActivityStatusCode(i.status) },
    'activity-date': dates,
    ...(i.scope ? { 'activity-scope': { '@code': SCOPE_TO_IATI[i.scope] } } : {}),
    'recipient-country': i.countries.map((m) => vocab.countryByM49.get(m)?.iso2).filter(Boolean).map((code) => ({ '@code': code })),
    tag: [
      ...goals.map((g) => ({ '@vocabulary': '2', '@code': g })),
      ...targets.map((t) => ({ '@vocabulary': '3', '@code': t })),
    ],
    ...(i.budget && (i.dates.plannedStart || i.dates.actualStart) && (i.dates.plannedEnd || i.dates.actualEnd)
      ? {
          budget: {
            '@type': '1',
            '@status': '1',
            'period-start': { '@iso-date': i.dates.plannedStart ?? i.dates.actualStart },
            'period-end': { '@iso-date': i.dates.plannedEnd ?? i.dates.actualEnd },
            value: { '@currency': i.budget.currency, '@value-date': i.dates.plannedStart ?? i.dates.actualStart, '#text': String(i.budget.amount) },
          },
        }
      : {}),
    'document-link': docs,
  };
}

/** An `iati-activities` 2.03 document of the given initiatives, reported by `publisher`. */
export function iatiActivitiesXml(initiatives: Initiative[], vocab: Vocabulary, orgs: Map<string, Organisation>, publicUrl: string, generatedAt: string, publisher: IatiPublisher): string {
  const doc = {
    'iati-activities': {
      '@version': '2.03',
      '@generated-datetime': generatedAt.replace(/\.\d+Z$/, 'Z'),
      'iati-activity': initiatives.map((i) => activity(i, vocab, orgs, publicUrl, publisher)),
    },
  };
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(doc)}`;
}
