import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { translator } from '../../src/i18n/i18n.ts';
import type { Lang } from '../../src/domain/vocabulary/language.ts';
import { axeFailures, sidewaysOverflow } from './browser.ts';
import { emailedLink } from './outbox.ts';
import type { RunningServer } from './server.ts';

// What a person does on the site in a browser, found the way they find it: fields by their label,
// buttons and links by their name, in the page's language (`translator` gives the same text the page
// shows). Used by the journeys of test/e2e/journey.test.ts.

export interface Person {
  name: string;
  email: string;
  password: string;
}

/** Checks every page it is given with axe and its language and direction, keeping what fails for one assertion at the end. */
export class PageAudit {
  readonly failures: string[] = [];
  readonly visited: string[] = [];

  /** Audits the page as it is now; `label` names it in failures (its address by default). */
  async check(page: Page, label?: string): Promise<void> {
    const url = new URL(page.url());
    const lang = url.pathname.split('/')[1]!;
    const name = label ?? `${url.pathname}${url.search}`;
    this.visited.push(name);
    const html = page.locator('html');
    if ((await html.getAttribute('lang')) !== lang) this.failures.push(`${name}: <html lang> is not ${lang}`);
    if ((await html.getAttribute('dir')) !== (lang === 'ar' ? 'rtl' : 'ltr')) this.failures.push(`${name}: <html dir> is wrong for ${lang}`);
    this.failures.push(...(await axeFailures(page, name)));
    const sideways = await sidewaysOverflow(page);
    if (sideways) this.failures.push(`${name}: ${sideways}`);
  }

  /** Fails with every problem found, naming the pages. */
  assertClean(): void {
    assert.deepEqual(this.failures, [], `problems on ${this.visited.length} pages:\n${this.failures.join('\n')}`);
  }
}

/** Clicks and waits for the page the click leads to; returns its HTTP status. */
export async function clickThrough(page: Page, click: () => Promise<void>): Promise<number> {
  const [response] = await Promise.all([page.waitForNavigation(), click()]);
  return response?.status() ?? 0;
}

/** Opens a path of the site; fails on a status other than `status`. */
export async function open(page: Page, server: RunningServer, path: string, status = 200): Promise<void> {
  const response = await page.goto(`${server.url}${path}`);
  assert.equal(response?.status(), status, `${path} answered ${response?.status()}`);
}

/** Signs up through the form, first with a password that is too short (checking the error is tied to the field), then properly. */
export async function signUp(page: Page, server: RunningServer, lang: Lang, person: Person, audit: PageAudit): Promise<void> {
  const t = translator(lang);
  await open(page, server, `/${lang}/sign-up`);
  await audit.check(page);
  await page.getByLabel(t('Your name')).fill(person.name);
  await page.getByLabel(t('Email address')).fill(person.email);
  const password = page.getByLabel(t('Password'), { exact: true });
  await password.fill('short');
  assert.equal(await clickThrough(page, () => page.getByRole('button', { name: t('Create an account') }).click()), 400);
  await assertFieldError(page, password, t('This is too short.'));
  await audit.check(page, `/${lang}/sign-up (password too short)`);
  await page.getByLabel(t('Password'), { exact: true }).fill(person.password);
  assert.equal(await clickThrough(page, () => page.getByRole('button', { name: t('Create an account') }).click()), 200);
  assert.equal(await page.locator('h1').textContent(), t('Check your email'));
  await audit.check(page, `/${lang}/sign-up (sent)`);
}

/** Opens the confirmation link of the email the server wrote to its outbox folder, then follows the page's link to sign in. */
export async function confirmEmail(page: Page, server: RunningServer, lang: Lang, person: Person, audit: PageAudit): Promise<void> {
  const t = translator(lang);
  const link = await emailedLink(server.outboxDir, person.email, `/${lang}/verify-email`);
  assert.ok(link.startsWith(server.url), `the link leads to the site: ${link}`);
  await open(page, server, link.slice(server.url.length));
  assert.equal(await page.locator('h1').textContent(), t('Your address is confirmed'));
  await audit.check(page, `/${lang}/verify-email`);
  await clickThrough(page, () => page.getByRole('main').getByRole('link', { name: t('Sign in') }).click());
  assert.equal(new URL(page.url()).pathname, `/${lang}/sign-in`);
}

/** Signs in through the form (on the sign-in page of `lang`); lands on the account page. */
export async function signIn(page: Page, server: RunningServer, lang: Lang, person: Person): Promise<void> {
  const t = translator(lang);
  if (new URL(page.url()).pathname !== `/${lang}/sign-in`) await open(page, server, `/${lang}/sign-in`);
  await page.getByLabel(t('Email address')).fill(person.email);
  await page.getByLabel(t('Password'), { exact: true }).fill(person.password);
  await clickThrough(page, () => page.getByRole('main').getByRole('button', { name: t('Sign in') }).click());
  assert.equal(new URL(page.url()).pathname, `/${lang}/account`, `${person.email} is signed in`);
}

/** A new browser context (its own cookies) with `person` signed in. */
export async function signedIn(newContext: () => Promise<BrowserContext>, server: RunningServer, lang: Lang, person: Person): Promise<Page> {
  const page = await (await newContext()).newPage();
  await signIn(page, server, lang, person);
  return page;
}

/** Asserts a field is marked invalid and described by an element holding `message`. */
export async function assertFieldError(page: Page, field: ReturnType<Page['locator']>, message: string): Promise<void> {
  assert.equal(await field.getAttribute('aria-invalid'), 'true', 'the field is marked invalid');
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const descriptions = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  assert.ok(descriptions.some((d) => d?.trim() === message), `the field is described by “${message}”; it has: ${JSON.stringify(descriptions)}`);
}
