import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { formatters, translator } from '../../src/i18n/i18n.ts';
import { LANGS, type Lang } from '../../src/domain/vocabulary/language.ts';
import { testDatabases } from '../helpers/databases.ts';
import { startServer, type RunningServer } from '../helpers/server.ts';
import { runCli } from '../helpers/cli.ts';
import { focusIndicator, launchBrowser, screenshot, PHONE, type LaunchedBrowser } from '../helpers/browser.ts';
import { assertFieldError, clickThrough, confirmEmail, open, PageAudit, signedIn, signIn, signUp, type Person } from '../helpers/journey.ts';
import { signedInPages } from './signed-in-pages.ts';

// A contributor's initiative from sign-up to publication, as people do it in Chromium against the
// real server: sign up with the form, confirm the address from the email in the outbox folder, sign
// in, fill the initiative form by its labels (with a mistake first), preview, submit; a moderator made
// on the command line publishes it from the queue; an anonymous visitor finds it in the list and by
// searching. axe checks every page on the way, and then every page only signed-in people see.

/** What each journey writes, in its language; `search` is a word of the title to search for. */
const JOURNEYS: Record<'en' | 'ar', { title: string; summary: string; search: string }> = {
  en: { title: 'Solar kiosks connect Turkana schools', summary: 'Solar-powered kiosks bring broadband to rural schools.', search: 'Turkana kiosks' },
  ar: { title: 'أكشاك شمسية تربط مدارس توركانا', summary: 'أكشاك تعمل بالطاقة الشمسية توصل الإنترنت إلى المدارس الريفية.', search: 'أكشاك توركانا' },
};

const PASSWORD = 'a long enough password';

for (const db of testDatabases()) {
  describe(`an initiative from sign-up to publication, in Chromium, on ${db}`, () => {
    let server: RunningServer;
    let browser: LaunchedBrowser;
    const moderator: Person = { name: 'Mona Moderator', email: 'moderator@example.org', password: PASSWORD };
    const admin: Person = { name: 'Ada Admin', email: 'admin@example.org', password: PASSWORD };
    // Screenshots once, from the first database: they would be the same pictures.
    const shoot = (page: Page, name: string) => (db === testDatabases()[0] ? screenshot(page, name) : Promise.resolve(''));

    before(async () => {
      [server, browser] = await Promise.all([startServer({}, db), launchBrowser()]);
      // As an administrator makes them: on the command line, with the password on standard input.
      for (const [p, role] of [[moderator, 'moderator'], [admin, 'admin']] as const) {
        const made = runCli(['user', 'add', '--email', p.email, '--role', role, '--name', p.name, '--password-stdin'], server.env, p.password);
        assert.equal(made.code, 0, made.err);
      }
    });
    after(async () => {
      await browser?.close();
      await server?.stop();
    });

    for (const lang of ['en', 'ar'] as const) {
      test(`in ${lang}: sign up, confirm, sign in, fill the form (a mistake first), preview, submit; a moderator publishes; a visitor finds it`, async () => {
        const t = translator(lang);
        const audit = new PageAudit();
        const { title, summary, search } = JOURNEYS[lang];
        const person: Person = { name: lang === 'ar' ? 'ليلى' : 'Lila', email: `lila-${lang}@example.org`, password: PASSWORD };
        const contexts: BrowserContext[] = [];
        const newContext = async () => {
          contexts.push(await browser.newContext());
          return contexts.at(-1)!;
        };
        try {
          const page = await (await newContext()).newPage();
          await signUp(page, server, lang, person, audit);
          await confirmEmail(page, server, lang, person, audit);
          await audit.check(page, `/${lang}/sign-in`);
          await signIn(page, server, lang, person);
          await audit.check(page, `/${lang}/account (contributor)`);

          const id = await submitInitiative(page, lang, title, summary, audit, shoot);

          const mod = await signedIn(newContext, server, lang, moderator);
          await open(mod, server, `/${lang}/moderation`);
          await audit.check(mod);
          await shoot(mod, `${lang}-moderation-queue`);
          const row = mod.getByRole('row').filter({ hasText: title });
          await clickThrough(mod, () => row.getByRole('link', { name: t('Review and history') }).click());
          assert.equal(new URL(mod.url()).pathname, `/${lang}/initiatives/${id}/history`);
          await audit.check(mod, `/${lang}/initiatives/{id}/history (moderator, submitted)`);
          await mod.getByLabel(t('Comment (shown publicly in the history)')).fill(lang === 'ar' ? 'سجل واضح.' : 'A clear record.');
          await clickThrough(mod, () => mod.getByRole('button', { name: t('Publish'), exact: true }).click());
          await audit.check(mod, `/${lang}/initiatives/{id}/history (moderator, published)`);

          const visitor = await (await newContext()).newPage();
          await open(visitor, server, `/${lang}/initiatives`);
          assert.equal(await visitor.locator('.card h3 a', { hasText: title }).count(), 1, 'listed among the initiatives');
          await visitor.getByRole('searchbox', { name: t('Search') }).fill(search);
          await clickThrough(visitor, () => visitor.getByRole('searchbox', { name: t('Search') }).press('Enter'));
          assert.equal(new URL(visitor.url()).pathname, `/${lang}/search`);
          await audit.check(visitor);
          await shoot(visitor, `${lang}-search-results`);
          await clickThrough(visitor, () => visitor.getByRole('main').getByRole('link', { name: title }).first().click());
          assert.equal(new URL(visitor.url()).pathname, `/${lang}/initiatives/${id}`);
          assert.equal((await visitor.locator('h1').textContent())?.trim(), title);
          await audit.check(visitor, `/${lang}/initiatives/{id} (published)`);
          await shoot(visitor, `${lang}-initiative-published`);
          audit.assertClean();
        } finally {
          await Promise.all(contexts.map((c) => c.close()));
        }
      });
    }

    test('every page only signed-in people see passes axe in the six languages, on a phone', async () => {
      const audit = new PageAudit();
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.setViewportSize(PHONE);
        await signIn(page, server, 'en', admin);
        for (const lang of LANGS) await signedInPages(page, server, lang, audit);
        assert.ok(audit.visited.length >= 6 * 22, `${audit.visited.length} pages checked`);
        audit.assertClean();
      } finally {
        await context.close();
      }
    });

    test('keyboard on the form pages: the skip link leads into the form, and every control shows its focus', async () => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await signIn(page, server, 'fr', admin);
        for (const path of ['/fr/initiatives/new', '/fr/sign-up', '/fr/needs/new', '/fr/account']) {
          await open(page, server, path);
          await page.keyboard.press('Tab');
          const skip = await focusIndicator(page);
          assert.equal(skip.tag, 'a', `${path}: the first Tab reaches the skip link`);
          await page.keyboard.press('Enter');
          assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', `${path}: the skip link moves focus to the main content`);
          // The next stops are the page's own controls, each with a visible focus ring of enough contrast.
          const stops: string[] = [];
          for (let stop = 0; stop < 15; stop++) {
            await page.keyboard.press('Tab');
            if (!(await page.evaluate(() => Boolean(document.activeElement?.closest('main'))))) break;
            const focus = await focusIndicator(page);
            stops.push(focus.tag);
            assert.ok(focus.style !== 'none' && focus.width >= 2, `${path}: ${focus.tag} shows its focus (${focus.style} ${focus.width}px)`);
            assert.ok(focus.contrast >= 3, `${path}: the focus ring of ${focus.tag} has a contrast of ${focus.contrast.toFixed(2)}, under 3:1`);
          }
          assert.ok(stops.length >= 4 && stops.some((s) => /^(input|select|textarea)/.test(s)), `${path}: Tab reaches the form's fields: ${stops.join(', ')}`);
        }
      } finally {
        await context.close();
      }
    });
  });
}

/**
 * Fills the initiative form as a contributor in `lang`, by labels and the keyboard: first without its
 * kind (the error is checked against the field), then complete; previews and submits. Returns the id.
 */
async function submitInitiative(page: Page, lang: Lang, title: string, summary: string, audit: PageAudit, shoot: (p: Page, name: string) => Promise<string>): Promise<string> {
  const t = translator(lang);
  const original = t('{language} (original)', { language: formatters(lang).languageName(lang) });
  await clickThrough(page, () => page.getByRole('link', { name: t('New initiative') }).click());
  assert.equal(new URL(page.url()).pathname, `/${lang}/initiatives/new`);
  await audit.check(page, `/${lang}/initiatives/new (empty)`);
  const form = page.locator('#record-form');
  const group = (name: string) => form.getByRole('group', { name, exact: true });
  // Typed with the keyboard into the field its label names, as a person does.
  await group(t('Title')).getByLabel(original, { exact: true }).focus();
  await page.keyboard.type(title);
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => document.activeElement?.getAttribute('name'));
  assert.match(next ?? '', /^title\.\w+$/, 'Tab goes on to the title in another language');
  await group(t('Summary')).getByLabel(original, { exact: true }).fill(summary);
  await form.getByLabel(t('Status'), { exact: true }).selectOption('implementation');
  await form.getByLabel(t('Countries and areas')).selectOption(['KEN']);
  await group(t('SDG goals')).getByRole('checkbox', { name: /^4\. / }).check();
  await group(t('SDG goals')).getByRole('checkbox', { name: /^7\. / }).check();

  // The kind is missing: the preview comes back with the error tied to its field, in the page's language.
  assert.equal(await clickThrough(page, () => form.getByRole('button', { name: t('Preview') }).first().click()), 400);
  const kind = form.getByLabel(t('Kind'), { exact: true });
  await assertFieldError(page, kind, t('This field is required.'));
  const summaryLink = page.getByRole('alert').getByRole('link', { name: `${t('Kind')}: ${t('This field is required.')}` });
  assert.equal(await summaryLink.getAttribute('href'), `#${await kind.getAttribute('id')}`, 'the error summary links to the field');
  assert.equal(await group(t('Title')).getByLabel(original, { exact: true }).inputValue(), title, 'what was typed is kept');
  await audit.check(page, `/${lang}/initiatives/new (with errors)`);
  await shoot(page, `${lang}-initiative-form-errors`);

  await kind.selectOption('project');
  assert.equal(await clickThrough(page, () => form.getByRole('button', { name: t('Preview') }).first().click()), 200);
  const preview = page.getByRole('region', { name: t('Preview: nothing is saved yet') });
  assert.ok((await preview.textContent())?.includes(title), 'the preview shows the record');
  await audit.check(page, `/${lang}/initiatives/new (preview)`);

  await clickThrough(page, () => form.getByRole('button', { name: t('Submit for review') }).click());
  if (new URL(page.url()).searchParams.get('notice') === 'check-duplicates') {
    // The sample content may hold a look-alike: the contributor says this is not one, and submits again.
    await audit.check(page, `/${lang}/initiatives/{id}/edit (possible duplicates)`);
    await page.getByLabel(t('This is not a duplicate: submit it for review anyway.')).check();
    await clickThrough(page, () => page.locator('#record-form').getByRole('button', { name: t('Submit for review') }).click());
  }
  const id = new RegExp(`^/${lang}/initiatives/(\\w+)/history$`).exec(new URL(page.url()).pathname)?.[1];
  assert.ok(id, `submitted, on its history page: ${page.url()}`);
  await audit.check(page, `/${lang}/initiatives/{id}/history (contributor, submitted)`);
  return id;
}
