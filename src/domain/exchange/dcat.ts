// A DCAT 3 catalogue (JSON-LD) of the published datasets: each dump is a dataset distribution, and each
// indicator series of the observatory a dataset reached through the indicator API.

export interface DistributionInfo {
  path: string; // '/api/v1/dumps/initiatives.csv'
  mediaType: string;
  format: string; // 'CSV', 'JSON Lines', 'IATI 2.03 XML', 'JSON-LD'
  conformsTo?: string;
  /** An API answer rather than a file: an access URL, no download URL. */
  isService?: boolean;
}

export interface DatasetInfo {
  id: string;
  title: string;
  description: string;
  keywords: string[];
  modified?: string;
  distributions: DistributionInfo[];
  /** Path of the page about the dataset. */
  landingPage?: string;
  /** Who publishes the data at the source, when not Leapfrog. */
  publisher?: string;
  /** Where the data comes from (URLs). */
  sources?: string[];
  /** Licence: a URL, or the terms in words. Leapfrog's own data is CC BY 4.0. */
  licence?: string;
  /** A concept the dataset is about (an SDG indicator IRI). */
  subject?: string;
  /** Years covered. */
  temporal?: { start: string; end: string };
  /** The area covered (an M49 IRI). */
  spatial?: string;
}

const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';

/** A licence as DCAT wants it: a document named by its URL, or described in words. */
const licenceNode = (licence: string) => (/^https?:\/\//.test(licence) ? { '@id': licence } : { '@type': 'dct:LicenseDocument', 'rdfs:label': licence });

/** The catalogue document; `publicUrl` makes every address absolute. */
export function dcatCatalog(publicUrl: string, datasets: DatasetInfo[]) {
  const leapfrog = { '@type': 'foaf:Agent', 'foaf:name': 'Leapfrog', 'foaf:homepage': { '@id': publicUrl } };
  return {
    '@context': { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/', foaf: 'http://xmlns.com/foaf/0.1/', xsd: 'http://www.w3.org/2001/XMLSchema#', rdfs: 'http://www.w3.org/2000/01/rdf-schema#' },
    '@id': `${publicUrl}/api/v1/catalog`,
    '@type': 'dcat:Catalog',
    'dct:title': 'Leapfrog open data',
    'dct:description': 'Published records of Leapfrog: how new and emerging technologies serve the Sustainable Development Goals.',
    'dct:publisher': leapfrog,
    'dct:license': { '@id': CC_BY },
    'foaf:homepage': { '@id': `${publicUrl}/en/open-data` },
    'dcat:service': {
      '@type': 'dcat:DataService',
      'dct:title': 'Leapfrog API',
      'dcat:endpointURL': { '@id': `${publicUrl}/api/v1` },
      'dcat:endpointDescription': { '@id': `${publicUrl}/api/v1/openapi.json` },
    },
    'dcat:dataset': datasets.map((d) => ({
      '@id': `${publicUrl}/api/v1/catalog#${d.id}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': d.id,
      'dct:title': d.title,
      'dct:description': d.description,
      'dcat:keyword': d.keywords,
      ...(d.modified ? { 'dct:modified': { '@value': d.modified, '@type': 'xsd:dateTime' } } : {}),
      'dct:publisher': d.publisher ? { '@type': 'foaf:Agent', 'foaf:name': d.publisher } : leapfrog,
      ...(d.sources?.length ? { 'dct:source': d.sources.map((s) => ({ '@id': s })) } : {}),
      ...(d.landingPage ? { 'dcat:landingPage': { '@id': `${publicUrl}${d.landingPage}` } } : {}),
      ...(d.subject ? { 'dct:subject': { '@id': d.subject } } : {}),
      ...(d.temporal
        ? { 'dct:temporal': { '@type': 'dct:PeriodOfTime', 'dcat:startDate': { '@value': d.temporal.start, '@type': 'xsd:gYear' }, 'dcat:endDate': { '@value': d.temporal.end, '@type': 'xsd:gYear' } } }
        : {}),
      ...(d.spatial ? { 'dct:spatial': { '@id': d.spatial } } : {}),
      'dct:license': licenceNode(d.licence ?? CC_BY),
      'dcat:distribution': d.distributions.map((x) => ({
        '@type': 'dcat:Distribution',
        'dct:format': x.format,
        'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${x.mediaType}` },
        ...(x.isService ? {} : { 'dcat:downloadURL': { '@id': `${publicUrl}${x.path}` } }),
        'dcat:accessURL': { '@id': `${publicUrl}${x.path}` },
        ...(x.conformsTo ? { 'dct:conformsTo': { '@id': x.conformsTo } } : {}),
      })),
    })),
  };
}
