import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { LANGS } from '../../src/domain/vocabulary/language.ts';
import { testDatabases } from '../helpers/databases.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { launchBrowser, axeFailures, axeViolations, screenshot, sidewaysOverflow, PHONE, type LaunchedBrowser } from '../helpers/browser.ts';
import { pageTypes, type PageType } from '../helpers/page-types.ts';

// The site in a real browser (Debian's Chromium through playwright-core) against the real server
// with the sample content: every page type in every language passes axe (WCAG 2.1 A/AA), speaks
// its language and direction, asks nothing from another origin and ships no script; then the
// journeys a reader makes: browse, filter, switch language, keyboard, high contrast.

// Screenshots of the key pages, kept in test-artifacts/ (a few: each full-page capture costs a second),
// taken on the first database only (the pictures would be the same).
const SCREENSHOT_LANGS = new Set(['en', 'ar', 'zh']);
const SCREENSHOT_PAGES = new Set(['home', 'initiative list', 'initiative', 'country']);

for (const db of testDatabases()) describe(`the site in Chromium, on ${db}`, () => {
  let server: RunningServer;
  let browser: LaunchedBrowser;
  let context: BrowserContext;
  let types: PageType[];
  const screenshots = db === testDatabases()[0];

  /** Opens a page, failing on a wrong status; collects every request the page makes. */
  async function open(page: Page, path: string, status = 200): Promise<string[]> {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const response = await page.goto(`${server.url}${path}`);
    assert.equal(response?.status(), status, `${path} answered ${response?.status()}`);
    return requests;
  }

  before(async () => {
    [server, browser] = await Promise.all([startServer({}, db), launchBrowser()]);
    context = browser.context;
    types = await pageTypes(async (p) => (await fetch(`${server.url}${p}`)).json());
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('every page type in every language, on a phone: 0 axe violations, its lang and dir, no script, nothing from elsewhere, no sideways scrolling', async () => {
    const page = await context.newPage();
    await page.setViewportSize(PHONE);
    const failures: string[] = [];
    for (const lang of LANGS) {
      for (const type of types) {
        const requests = await open(page, `/${lang}${type.path}`, type.status);
        const html = page.locator('html');
        assert.equal(await html.getAttribute('lang'), lang, `${lang}${type.path} lang`);
        assert.equal(await html.getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr', `${lang}${type.path} dir`);
        // JSON-LD is data for machines, not code: any other script would be JavaScript.
        assert.equal(await page.locator('script:not([type="application/ld+json"])').count(), 0, `${lang}${type.path} has a script`);
        const foreign = requests.filter((u) => !u.startsWith(server.url));
        assert.deepEqual(foreign, [], `${lang}${type.path} requested another origin`);
        failures.push(...(await axeFailures(page, `${lang}${type.path}`)));
        const sideways = await sidewaysOverflow(page);
        if (sideways) failures.push(`${lang}${type.path}: ${sideways}`);
        if (screenshots && SCREENSHOT_LANGS.has(lang) && SCREENSHOT_PAGES.has(type.name)) await screenshot(page, `${lang}-${type.name}`);
      }
    }
    assert.deepEqual(failures, [], `axe violations and sideways scrolling:\n${failures.join('\n')}`);
    await page.close();
  });

  test('axe, run this way, does report a real violation (an unlabelled field)', async () => {
    const page = await context.newPage();
    await open(page, '/en/sdgs');
    await page.evaluate(() => document.querySelector('main')!.append(document.createElement('input')));
    assert.ok((await axeViolations(page)).some((v) => v.id === 'label'));
    await page.close();
  });

  test('/ sends the reader to the language their browser asks for', async () => {
    const page = await context.newPage();
    await page.setExtraHTTPHeaders({ 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' });
    await page.goto(`${server.url}/`);
    assert.equal(new URL(page.url()).pathname, '/ru/');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
    await page.close();
  });

  test('a reader browses from the home page to an initiative and on to one of its SDGs', async () => {
    const page = await context.newPage();
    await open(page, '/en/');
    await page.getByRole('link', { name: 'Browse all initiatives' }).click();
    assert.equal(new URL(page.url()).pathname, '/en/initiatives');
    const first = page.locator('.card h3 a').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    assert.match(new URL(page.url()).pathname, /^\/en\/initiatives\/\w+$/);
    assert.equal((await page.locator('h1').textContent())!.trim(), title);
    // Its first SDG link leads to the goal's page, or to the list filtered by the target.
    await page.locator('section[aria-labelledby="sdgs"] a').first().click();
    const next = new URL(page.url());
    assert.match(`${next.pathname}${next.search}`, /^\/en\/(sdgs\/\d+|initiatives\?target=\d+\.\w+)$/);
    assert.ok((await page.locator('.card').count()) > 0, 'the initiative is listed there');
    await page.close();
  });

  test('a reader filters by goal, then by one of its targets, then removes a filter', async () => {
    const page = await context.newPage();
    await open(page, '/en/initiatives');
    const all = Number((await page.locator('.result-count').textContent())!.match(/\d+/)![0]);
    assert.equal(await page.locator('#f-target').count(), 0, 'targets wait for a goal');
    await page.getByLabel('SDG goal').selectOption('9');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('sdg'), '9');
    assert.equal(url.searchParams.has('technology'), false, 'empty fields are dropped from the address');
    const some = Number((await page.locator('.result-count').textContent())!.match(/\d+/)![0]);
    assert.ok(some > 0 && some < all, `SDG 9 narrows ${all} to ${some}`);
    const targets = await page.locator('#f-target option').allTextContents();
    assert.ok(targets.slice(1).every((t) => t.startsWith('9.')), 'only the targets of goal 9 are offered');
    await page.getByLabel('SDG target').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    assert.match(new URL(page.url()).search, /target=9\./);
    await page.getByRole('link', { name: /^Remove filter: SDG 9$/ }).click();
    assert.equal(new URL(page.url()).searchParams.has('sdg'), false);
    assert.match(new URL(page.url()).search, /target=9\./);
    await page.close();
  });

  test('a reader searches from the header box and opens a result', async () => {
    const page = await context.newPage();
    await open(page, '/es/');
    await page.locator('#header-q').fill('5G');
    await page.locator('#header-q').press('Enter');
    const url = new URL(page.url());
    assert.equal(url.pathname, '/es/search');
    assert.equal(url.searchParams.get('q'), '5G');
    const first = page.locator('main .card h3 a').first();
    await first.click();
    assert.match(new URL(page.url()).pathname, /^\/es\/(initiatives|organisations)\/\w+$/);
    await page.close();
  });

  test('switching language keeps the page and its filters, and Arabic lays out right to left', async () => {
    const page = await context.newPage();
    await open(page, '/en/initiatives?sdg=9');
    const ltrBrand = await page.locator('.brand').boundingBox();
    await page.locator('.langs a[hreflang="ar"]').click();
    assert.equal(`${new URL(page.url()).pathname}${new URL(page.url()).search}`, '/ar/initiatives?sdg=9');
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    assert.equal(await page.locator('h1').textContent(), 'المبادرات');
    const width = page.viewportSize()!.width;
    const rtlBrand = (await page.locator('.brand').boundingBox())!;
    assert.ok(ltrBrand!.x < width / 2, 'the brand starts on the left in English');
    assert.ok(rtlBrand.x > width / 2, 'the brand starts on the right in Arabic');
    const firstField = (await page.locator('.filters .field').first().boundingBox())!;
    assert.ok(firstField.x > width / 2, 'the first filter field is on the right in Arabic');
    if (screenshots) await screenshot(page, 'ar-initiatives-filtered');
    await page.locator('.langs a[hreflang="zh"]').click();
    assert.equal(new URL(page.url()).pathname, '/zh/initiatives');
    assert.equal(await page.locator('html').getAttribute('dir'), 'ltr');
    await page.close();
  });

  test('keyboard: the first Tab shows the skip link, which moves focus to the main content', async () => {
    const page = await context.newPage();
    await open(page, '/fr/initiatives');
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip');
    assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
    assert.equal(await skip.textContent(), 'Aller au contenu');
    const box = (await skip.boundingBox())!;
    assert.ok(box.x >= 0 && box.y >= 0, 'the focused skip link is on screen');
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.equal(outline, 'solid', 'focus is visible');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    // Every filter field has a label the keyboard user hears.
    for (const id of await page.locator('.filters select').evaluateAll((els) => els.map((e) => e.id))) {
      assert.equal(await page.locator(`label[for="${id}"]`).count(), 1, `${id} has a label`);
    }
    await page.close();
  });

  test('high contrast turns on from a plain link, stays on across pages, passes axe, and turns off', async () => {
    const page = await context.newPage();
    await open(page, '/es/sdgs');
    await page.getByRole('link', { name: 'Contraste alto' }).click();
    assert.equal(new URL(page.url()).pathname, '/es/sdgs', 'back on the same page');
    assert.equal(await page.locator('html').getAttribute('class'), 'contrast-more');
    assert.equal(await page.locator('body').evaluate((el) => getComputedStyle(el).color), 'rgb(0, 0, 0)');
    await page.goto(`${server.url}/es/initiatives`);
    assert.equal(await page.locator('html').getAttribute('class'), 'contrast-more');
    assert.deepEqual(await axeViolations(page), []);
    if (screenshots) await screenshot(page, 'es-initiatives-high-contrast');
    await page.getByRole('link', { name: 'Contraste normal' }).click();
    assert.equal(await page.locator('html').getAttribute('class'), null);
    await page.close();
  });
});
