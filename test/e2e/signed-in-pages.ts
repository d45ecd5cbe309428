import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { formatters, translator } from '../../src/i18n/i18n.ts';
import type { Lang } from '../../src/domain/vocabulary/language.ts';
import { INTERNET } from '../fixtures/indicators.ts';
import { assertFieldError, clickThrough, open, type PageAudit } from '../helpers/journey.ts';
import type { RunningServer } from '../helpers/server.ts';

// The pages only signed-in people see, in every state a form can be in (empty, with errors, with a
// result), visited in the browser by an administrator (who may see all of them) and audited.

const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

/** Visits every signed-in page type in `lang` with `page` (an administrator's), auditing each. */
export async function signedInPages(page: Page, server: RunningServer, lang: Lang, audit: PageAudit): Promise<void> {
  const t = translator(lang);
  const main = page.getByRole('main');
  const visit = async (path: string, label?: string) => {
    await open(page, server, `/${lang}${path}`);
    await audit.check(page, label);
  };

  // Account and API tokens: the page, a token just made, a token without a name.
  await visit('/account');
  await page.getByLabel(t('Token name')).fill('nightly import');
  assert.equal(await clickThrough(page, () => main.getByRole('button', { name: t('Create a token') }).click()), 201);
  await audit.check(page, `/${lang}/account/tokens (token created)`);
  await page.getByLabel(t('Token name')).fill('');
  assert.equal(await clickThrough(page, () => main.getByRole('button', { name: t('Create a token') }).click()), 400);
  await assertFieldError(page, page.getByLabel(t('Token name')), t('This is too short.'));
  await audit.check(page, `/${lang}/account/tokens (with errors)`);

  // Moderation queue and administration.
  await visit('/moderation');
  await visit('/moderation?state=published');
  await visit('/admin/users');
  await visit('/admin/audit');

  // Observatory import: the form, then the report of a file with one line rejected.
  await visit('/observatory/import');
  await page.getByLabel(t('Format')).selectOption('owid');
  await page.getByLabel(t('File'), { exact: true }).setInputFiles(csv('internet.csv', `${INTERNET}Nowhere;XXX;2022;5\n`));
  assert.equal(await clickThrough(page, () => main.getByRole('button', { name: t('Import') }).click()), 200);
  await audit.check(page, `/${lang}/observatory/import (report)`);

  // Bulk CSV upload on the open data page: the form for a contributor, then a check with a rejected line.
  await visit('/open-data');
  await page.getByLabel(t('CSV file')).setInputFiles(csv('sheet.csv', 'title_en,summary_en,kind,status,countries\nGood,Fine,project,pipeline,KEN\nBad,Fine,blog,pipeline,ZZZ\n'));
  await page.getByLabel(t('Only check the file, submit nothing')).check();
  assert.equal(await clickThrough(page, () => main.getByRole('button', { name: t('Send') }).click()), 422);
  await audit.check(page, `/${lang}/open-data/submit (report)`);

  // The initiative form: empty, saved with nothing in it (errors), then a draft saved and its edit and history pages.
  await visit('/initiatives/new', `/${lang}/initiatives/new (empty)`);
  const form = page.locator('#record-form');
  assert.equal(await clickThrough(page, () => form.getByRole('button', { name: t('Save draft') }).first().click()), 400);
  await audit.check(page, `/${lang}/initiatives/new (with errors)`);
  const original = t('{language} (original)', { language: formatters(lang).languageName(lang) });
  await form.getByRole('group', { name: t('Title'), exact: true }).getByLabel(original, { exact: true }).fill(`Draft ${lang}`);
  await form.getByRole('group', { name: t('Summary'), exact: true }).getByLabel(original, { exact: true }).fill('Not finished yet.');
  await form.getByLabel(t('Kind'), { exact: true }).selectOption('project');
  await form.getByLabel(t('Status'), { exact: true }).selectOption('pipeline');
  await form.getByLabel(t('Countries and areas')).selectOption(['NPL']);
  const saved = await clickThrough(page, () => form.getByRole('button', { name: t('Save draft') }).first().click());
  assert.equal(saved, 200, (await page.getByRole('alert').textContent().catch(() => null)) ?? 'no error summary');
  assert.match(new URL(page.url()).pathname, new RegExp(`^/${lang}/initiatives/\\w+/edit$`));
  await audit.check(page, `/${lang}/initiatives/{id}/edit (draft saved)`);
  await clickThrough(page, () => main.getByRole('link', { name: t('History and review') }).click());
  await audit.check(page, `/${lang}/initiatives/{id}/history (draft, administrator)`);

  // The policy form: empty, then saved with nothing in it (errors tied to their fields).
  await visit('/policies/new', `/${lang}/policies/new (empty)`);
  assert.equal(await clickThrough(page, () => form.getByRole('button', { name: t('Save draft') }).first().click()), 400);
  await audit.check(page, `/${lang}/policies/new (with errors)`);

  // An organisation's edit form: as it is, then with its name emptied (errors tied to their fields); its page with the history.
  const org = ((await (await fetch(`${server.url}/api/v1/organisations?limit=1`)).json()) as { items: { id: string }[] }).items[0]!;
  await visit(`/organisations/${org.id}/edit`, `/${lang}/organisations/{id}/edit`);
  const orgForm = page.locator('#organisation-form');
  for (const input of await orgForm.getByRole('group', { name: t('Name'), exact: true }).getByRole('textbox').all()) await input.fill('');
  assert.equal(await clickThrough(page, () => orgForm.getByRole('button', { name: t('Save changes') }).click()), 400);
  await audit.check(page, `/${lang}/organisations/{id}/edit (with errors)`);
  await visit(`/organisations/${org.id}`, `/${lang}/organisations/{id} (administrator, with history)`);
  await visit('/organisations/new', `/${lang}/organisations/new`);

  // Participation import: the form, the check of a file with a rejected row, a file without the needed columns.
  await visit('/participation/import');
  const header = 'body,meeting,country,organisation,stakeholder_type,role,contributions';
  await page.getByLabel(t('CSV file')).setInputFiles(csv('rows.csv', `${header}\nigf,2023-kyoto,KEN,KICTANet,civil-society,participant,\nigf,2023-kyoto,ZZZ,KICTANet,activist,participant,\n`));
  assert.equal(await clickThrough(page, () => main.getByRole('button', { name: t('Check the file') }).click()), 422);
  await audit.check(page, `/${lang}/participation/import (report)`);
  await page.getByLabel(t('CSV file')).setInputFiles(csv('rows.csv', 'body,meeting,country\nigf,2023-kyoto,KEN\n'));
  assert.equal(await clickThrough(page, () => main.getByRole('button', { name: t('Check the file') }).click()), 400);
  assert.equal(await page.getByLabel(t('CSV file')).getAttribute('aria-invalid'), 'true', 'the file field is marked invalid');
  await audit.check(page, `/${lang}/participation/import (with errors)`);

  // Needs and offers: the forms, and a need sent empty.
  await visit('/offers/new');
  await visit('/needs/new');
  assert.equal(await clickThrough(page, () => main.getByRole('button', { name: t('Post a need') }).click()), 400);
  await assertFieldError(page, page.getByLabel(t('Contact details')), t('This is too short.'));
  await audit.check(page, `/${lang}/needs (with errors)`);
}
