// Every page type of the site, with a real example of each, for the browser tests, the size budget
// and `npm run bench:pages`. Add a line here when you add a page type.

export interface PageType {
  name: string;
  /** The path without the language prefix. */
  path: string;
  status?: number;
}

/** Page types with ids taken from the sample content through the API (`get` fetches JSON). */
export async function pageTypes(get: (path: string) => Promise<unknown>): Promise<PageType[]> {
  const list = (await get('/api/v1/initiatives?limit=50')) as { items: { id: string; organisations: { id: string }[]; countries: string[] }[] };
  const initiative = list.items.find((i) => i.organisations.length && i.countries.length) ?? list.items[0];
  if (!initiative) throw new Error('no initiative to show: is the sample content loaded?');
  const policies = (await get('/api/v1/policies?limit=1')) as { items: { id: string }[] };
  const policy = policies.items[0];
  if (!policy) throw new Error('no policy to show: is the sample content loaded?');
  return [
    { name: 'home', path: '/' },
    { name: 'initiative list', path: '/initiatives' },
    { name: 'initiative list, filtered', path: '/initiatives?sdg=9' },
    { name: 'initiative', path: `/initiatives/${initiative.id}` },
    { name: 'SDG index', path: '/sdgs' },
    { name: 'SDG', path: '/sdgs/9' },
    { name: 'technology index', path: '/technologies' },
    { name: 'technology', path: '/technologies/artificial-intelligence' },
    { name: 'country index', path: '/countries' },
    { name: 'country', path: `/countries/${initiative.countries[0]}` },
    { name: 'organisation list', path: '/organisations' },
    { name: 'organisation', path: `/organisations/${initiative.organisations[0]?.id}` },
    { name: 'initiative history', path: `/initiatives/${initiative.id}/history` },
    { name: 'search', path: '/search?q=5G' },
    { name: 'observatory', path: '/observatory' },
    { name: 'indicator', path: '/observatory/17.8.1' },
    { name: 'policy list', path: '/policies' },
    { name: 'policy', path: `/policies/${policy.id}` },
    { name: 'policy coverage', path: '/policies/coverage' },
    { name: 'country comparison', path: `/compare?countries=${initiative.countries.slice(0, 2).join('&countries=')}` },
    { name: 'participation', path: '/participation' },
    { name: 'needs and offers', path: '/partnerships' },
    { name: 'open data', path: '/open-data' },
    { name: 'API documentation', path: '/api-docs' },
    { name: 'sign in', path: '/sign-in' },
    { name: 'sign up', path: '/sign-up' },
    { name: 'forgot password', path: '/forgot-password' },
    { name: 'not found', path: '/no-such-page', status: 404 },
  ];
}
