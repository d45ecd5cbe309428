import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS } from '../../domain/vocabulary/language.ts';
import { testApp, type TestApp } from '../../../test/helpers/app.ts';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { pageTypes, type PageType } from '../../../test/helpers/page-types.ts';

// A size budget, not a timing: each page type's own bytes as a browser receives them (HTML plus the
// same-origin CSS, JS and fonts it links, compressed) stay within 50 KB in every language, so a page
// loads in seconds on a slow, expensive mobile connection. Map SVGs are images and are left aside.
const BUDGET = 50 * 1024;

/** The same-origin style, script and font URLs a page links to. */
function subresources(html: string): string[] {
  const urls = [
    ...html.matchAll(/<link\b[^>]*rel="(?:stylesheet|preload|modulepreload)"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<script\b[^>]*src="([^"]+)"/g),
  ].map((m) => m[1]!.replaceAll('&amp;', '&'));
  return urls.filter((u) => u.startsWith('/') && !u.startsWith('//'));
}

for (const kind of testDatabases()) {
  describe(`page weight (${kind})`, () => {
    let t: TestApp;
    let types: PageType[];
    before(async () => {
      t = await testApp(kind, { sample: true });
      types = await pageTypes(async (p) => (await t.app.inject({ url: p })).json());
    });
    after(() => t.close());

    /** Bytes on the wire for one URL with Brotli accepted; fails if a text response is sent uncompressed. */
    async function wireBytes(url: string): Promise<number> {
      const r = await t.app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
      assert.ok(r.statusCode < 500, `${url} failed`);
      if (r.rawPayload.length > 1024) assert.ok(['br', 'gzip'].includes(String(r.headers['content-encoding'])), `${url} is not compressed`);
      return r.rawPayload.length;
    }

    test('every page type in every language weighs at most 50 KB compressed, with its CSS, JS and fonts', async () => {
      const over: string[] = [];
      for (const lang of LANGS) {
        for (const type of types) {
          const url = `/${lang}${type.path}`;
          const page = await t.app.inject({ url });
          let bytes = await wireBytes(url);
          for (const sub of subresources(page.body)) bytes += await wireBytes(sub);
          if (bytes > BUDGET) over.push(`${url}: ${bytes} bytes`);
        }
      }
      assert.deepEqual(over, []);
    });

    test('the stylesheet is versioned and cached for a year; pages are revalidated', async () => {
      const page = await t.app.inject({ url: '/en/' });
      const [css] = subresources(page.body);
      assert.match(css!, /^\/static\/app\.css\?v=[0-9a-f]{10}$/);
      const r = await t.app.inject({ url: css!, headers: { 'accept-encoding': 'br' } });
      assert.equal(r.headers['cache-control'], 'public, max-age=31536000, immutable');
      assert.equal(r.headers['content-encoding'], 'br');
      assert.equal(page.headers['cache-control'], 'no-cache');
    });

    test('the budget check counts linked stylesheets and scripts, and only same-origin ones', () => {
      const html = '<link rel="stylesheet" href="/static/a.css?v=1&amp;x=2"><script src="/static/app.js"></script><link rel="stylesheet" href="https://cdn.example/x.css"><link rel="alternate" href="/fr/">';
      assert.deepEqual(subresources(html), ['/static/a.css?v=1&x=2', '/static/app.js']);
    });
  });
}
