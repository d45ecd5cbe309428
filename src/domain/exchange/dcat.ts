// A DCAT 3 catalogue (JSON-LD) of the published datasets: each dump is a dataset distribution.

export interface DistributionInfo {
  path: string; // '/api/v1/dumps/initiatives.csv'
  mediaType: string;
  format: string; // 'CSV', 'JSON Lines', 'IATI 2.03 XML', 'JSON-LD'
  conformsTo?: string;
}

export interface DatasetInfo {
  id: string;
  title: string;
  description: string;
  keywords: string[];
  modified?: string;
  distributions: DistributionInfo[];
}

/** The catalogue document; `publicUrl` makes every address absolute. */
export function dcatCatalog(publicUrl: string, datasets: DatasetInfo[]) {
  return {
    '@context': { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/', foaf: 'http://xmlns.com/foaf/0.1/', xsd: 'http://www.w3.org/2001/XMLSchema#' },
    '@id': `${publicUrl}/api/v1/catalog`,
    '@type': 'dcat:Catalog',
    'dct:title': 'Leapfrog open data',
    'dct:description': 'Published records of Leapfrog: how new and emerging technologies serve the Sustainable Development Goals.',
    'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': 'Leapfrog', 'foaf:homepage': { '@id': publicUrl } },
    'dct:license': { '@id': 'https://creativecommons.org/licenses/by/4.0/' },
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
      'dct:license': { '@id': 'https://creativecommons.org/licenses/by/4.0/' },
      'dcat:distribution': d.distributions.map((x) => ({
        '@type': 'dcat:Distribution',
        'dct:format': x.format,
        'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${x.mediaType}` },
        'dcat:downloadURL': { '@id': `${publicUrl}${x.path}` },
        'dcat:accessURL': { '@id': `${publicUrl}${x.path}` },
        ...(x.conformsTo ? { 'dct:conformsTo': { '@id': x.conformsTo } } : {}),
      })),
    })),
  };
}
