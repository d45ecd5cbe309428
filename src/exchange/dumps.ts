import { stringify } from 'csv-stringify/sync';
import type { Services } from '../services.ts';
import type { Initiative } from '../domain/initiative/initiative.ts';
import type { Organisation } from '../domain/organisation/organisation.ts';
import type { Policy } from '../domain/policy/policy.ts';
import type { Config } from '../config/config.ts';
import { presentInitiative } from '../web/api/initiatives/present.ts';
import { presentOrganisation } from '../web/api/organisations/present.ts';
import { presentPolicy } from '../web/api/policies/present.ts';
import { INITIATIVE_COLUMNS, ORGANISATION_COLUMNS, initiativeRow, organisationRow } from '../domain/exchange/csv-format.ts';
import { POLICY_COLUMNS, policyRow } from '../domain/exchange/policy-csv.ts';
import { iatiActivitiesXml } from '../domain/exchange/iati-export.ts';
import type { IatiPublisher } from '../domain/exchange/iati-codes.ts';
import { jsonLdGraph } from '../domain/exchange/json-ld.ts';
import { policyJsonLd } from '../domain/exchange/policy-json-ld.ts';
import { dcatCatalog, type DatasetInfo } from '../domain/exchange/dcat.ts';
import { indicatorDatasets, type IndicatorCatalogue } from '../domain/exchange/indicator-datasets.ts';

// Full dumps of everything published, in every format, shared by `leapfrog export` and the download routes.
// Only published records: drafts, submissions and archived records never leave through a dump.

export const EXPORT_FORMATS = ['jsonl', 'csv', 'iati', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The files of each format: name → media type. */
export const DUMP_FILES: Record<ExportFormat, Record<string, string>> = {
  jsonl: { 'initiatives.jsonl': 'application/jsonl', 'organisations.jsonl': 'application/jsonl', 'policies.jsonl': 'application/jsonl' },
  csv: { 'initiatives.csv': 'text/csv', 'organisations.csv': 'text/csv', 'policies.csv': 'text/csv' },
  iati: { 'initiatives.iati.xml': 'application/xml' },
  jsonld: { 'leapfrog.jsonld': 'application/ld+json' },
};

export interface PublishedData {
  initiatives: Initiative[];
  organisations: Organisation[];
  policies: Policy[];
  /** Changes whenever a published record is added, changed or withdrawn. */
  version: string;
  modified?: string;
}

/** What the dumps need of the settings: absolute addresses and the IATI reporting organisation. */
export interface DumpSettings {
  publicUrl: string;
  iatiPublisher: IatiPublisher;
}

/** The dump settings of a configuration. */
export function dumpSettings(config: Config): DumpSettings {
  return { publicUrl: config.publicUrl, iatiPublisher: { ref: config.iatiPublisherRef, name: config.iatiPublisherName, type: config.iatiPublisherType } };
}

/** Every published initiative and policy (all pages) and the organisations the initiatives name. */
export async function publishedData(services: Services): Promise<PublishedData> {
  const [initiatives, policies] = await Promise.all([services.exports.publishedInitiatives(), services.exports.publishedPolicies()]);
  const ids = [...new Set(initiatives.flatMap((i) => i.organisations.map((o) => o.organisationId)))];
  const organisations = (await services.organisations.getMany(ids)).sort((a, b) => a.id.localeCompare(b.id));
  const v = await services.exports.dataVersion();
  return { initiatives, organisations, policies, version: `${v.count}-${v.latest ?? '0'}`, modified: v.latest };
}

/** The version of the published data, without loading it. */
export async function publishedVersion(services: Services): Promise<string> {
  const v = await services.exports.dataVersion();
  return `${v.count}-${v.latest ?? '0'}`;
}

/** One dump file's content. */
export function renderDump(file: string, data: PublishedData, services: Services, settings: DumpSettings, now: string): string {
  const { publicUrl } = settings;
  const vocab = services.vocabulary.current();
  const orgs = new Map(data.organisations.map((o) => [o.id, o]));
  switch (file) {
    case 'initiatives.jsonl':
      return data.initiatives.map((i) => JSON.stringify(presentInitiative(i, vocab, orgs, publicUrl))).join('\n') + (data.initiatives.length ? '\n' : '');
    case 'organisations.jsonl':
      return data.organisations.map((o) => JSON.stringify(presentOrganisation(o, vocab))).join('\n') + (data.organisations.length ? '\n' : '');
    case 'policies.jsonl':
      return data.policies.map((p) => JSON.stringify(presentPolicy(p, vocab, publicUrl))).join('\n') + (data.policies.length ? '\n' : '');
    case 'policies.csv':
      return stringify(data.policies.map((p) => policyRow(p, vocab, publicUrl)), { header: true, columns: [...POLICY_COLUMNS], bom: true });
    case 'initiatives.csv':
      return stringify(data.initiatives.map((i) => initiativeRow(i, vocab, orgs, publicUrl)), { header: true, columns: [...INITIATIVE_COLUMNS], bom: true });
    case 'organisations.csv':
      return stringify(data.organisations.map((o) => organisationRow(o, vocab)), { header: true, columns: [...ORGANISATION_COLUMNS], bom: true });
    case 'initiatives.iati.xml':
      return iatiActivitiesXml(data.initiatives, vocab, orgs, publicUrl, now, settings.iatiPublisher);
    case 'leapfrog.jsonld':
      return JSON.stringify(jsonLdGraph(data.initiatives, data.organisations, vocab, publicUrl, data.policies.map((p) => policyJsonLd(p, vocab, publicUrl, false))), null, 1);
    default:
      throw new Error(`Unknown dump ${file}`);
  }
}

/** The CSV template for bulk submission: the import columns, with one example row. */
export function csvTemplate(): string {
  const importable = INITIATIVE_COLUMNS.filter((c) => !c.endsWith('_label') && !['id', 'url', 'updated_at'].includes(c));
  const example: Record<string, string> = {
    original_lang: 'en',
    title_en: 'Village water sensors',
    summary_en: 'IoT sensors report water levels to the district office.',
    kind: 'project',
    status: 'implementation',
    scope: 'local',
    planned_start: '2024-01-15',
    countries: 'FJI;TUV',
    sdg_targets: '6.1;6.4',
    technologies: 'internet-of-things',
    organisations: 'Pacific Digital Agency:lead',
    website: 'https://example.org/water-sensors',
  };
  return stringify([example], { header: true, columns: importable, bom: true });
}

/** The DCAT datasets of the dumps, by record type. */
export function datasets(modified: string | undefined): DatasetInfo[] {
  const dist = (file: string, format: string, conformsTo?: string) => ({ path: `/api/v1/dumps/${file}`, mediaType: Object.values(DUMP_FILES).find((f) => f[file])![file]!, format, conformsTo });
  return [
    {
      id: 'initiatives',
      title: 'Initiatives',
      description: 'Every published initiative: technologies used for the SDGs, with countries, organisations, SDG targets and evidence.',
      keywords: ['SDG', 'ICT', 'emerging technologies', 'development cooperation'],
      modified,
      distributions: [
        dist('initiatives.csv', 'CSV'),
        dist('initiatives.jsonl', 'JSON Lines'),
        dist('initiatives.iati.xml', 'IATI 2.03 activity XML', 'http://reference.iatistandard.org/203/activity-standard/'),
        dist('leapfrog.jsonld', 'JSON-LD', 'https://schema.org/Project'),
      ],
    },
    {
      id: 'organisations',
      title: 'Organisations',
      description: 'The organisations named by published initiatives, with IATI organisation types and identifiers.',
      keywords: ['organisations', 'IATI'],
      modified,
      distributions: [dist('organisations.csv', 'CSV'), dist('organisations.jsonl', 'JSON Lines'), dist('leapfrog.jsonld', 'JSON-LD', 'https://schema.org/Organization')],
    },
    {
      id: 'policies',
      title: 'Policy instruments',
      description: 'Every published policy instrument (strategies, laws, regulations, guidelines, principles, standards, plans, governance bodies) at national, regional and international level, with themes, technologies, SDGs and relations.',
      keywords: ['policy', 'regulation', 'strategy', 'SDG', 'ICT'],
      modified,
      distributions: [dist('policies.csv', 'CSV'), dist('policies.jsonl', 'JSON Lines'), dist('leapfrog.jsonld', 'JSON-LD', 'https://schema.org/Legislation')],
    },
  ];
}

/** The DCAT catalogue document: the dumps, and each indicator series of the observatory. */
export function catalog(publicUrl: string, modified: string | undefined, indicators: IndicatorCatalogue = []) {
  return dcatCatalog(publicUrl, [...datasets(modified), ...indicatorDatasets(indicators)]);
}
