import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS } from '../domain/vocabulary/language.ts';
import { catalog, translator } from './i18n.ts';
import { scanMessages, scanText, placeholders, type ScanResult } from './scan.ts';
import { catalogProblems } from './missing.ts';

const root = new URL('../../', import.meta.url).pathname;
const scan = scanMessages(root);
const empty = (): ScanResult => ({ messages: new Map(), dynamic: [] });

test('the scanner finds literal keys in t() and ctx.t() calls, with escapes, and skips lookalikes', () => {
  const found = empty();
  scanText(
    [
      `t('Plain'); ctx.t("Don't stop", { x: 1 }); t(\`Tick\`)`,
      `t('It\\'s here'); split('no'); format('no'); const f = (t: Translate) => 1;`,
      `// t('only a comment')`,
    ].join('\n'),
    'x.ts',
    found,
  );
  assert.deepEqual([...found.messages.keys()], ['Plain', "Don't stop", 'Tick', "It's here"]);
  assert.deepEqual(found.dynamic, []);
});

test('the scanner reports a t() call whose key is not a literal', () => {
  const found = empty();
  scanText(`const k = 'a';\nctx.t(k);\nt(\`\${k}\`)`, 'y.ts', found);
  assert.deepEqual(found.dynamic, ['y.ts:2', 'y.ts:3']);
});

test('placeholders lists the variables of a message, inside plurals too', () => {
  assert.deepEqual(placeholders('{count, plural, one {# of {total}} other {# of {total}}} in {place}'), ['count', 'place', 'total']);
  assert.deepEqual(placeholders('No variables'), []);
});

test('the source has interface messages, every one with a literal key', () => {
  assert.ok(scan.messages.size > 100, `only ${scan.messages.size} messages found: is the scanner broken?`);
  assert.deepEqual(scan.dynamic, [], `t() calls with a computed key cannot be translated or checked:\n${scan.dynamic.join('\n')}`);
});

test('every interface message exists in every language, as valid ICU with the English variables', () => {
  const problems = catalogProblems(scan);
  const lines = problems.map((p) => `${p.lang} [${p.problem}] ${JSON.stringify(p.key)} (${p.at})${p.detail ? ` ${p.detail}` : ''}`);
  assert.deepEqual(lines, [], `${problems.length} catalogue problems; list them with: npm run i18n:missing`);
});

test('the completeness check notices a message missing in one language', () => {
  const probe: ScanResult = { messages: new Map([['A sentence nobody translated', { key: 'A sentence nobody translated', at: 'z.ts:1' }]]), dynamic: [] };
  const problems = catalogProblems(probe, ['fr', 'ar']);
  assert.deepEqual(problems.map((p) => [p.lang, p.problem]), [['fr', 'missing'], ['ar', 'missing']]);
});

test('no catalogue keeps translations of sentences the source no longer uses', () => {
  for (const lang of LANGS) {
    const stale = Object.keys(catalog(lang)).filter((k) => !scan.messages.has(k));
    assert.deepEqual(stale, [], `${lang} has unused keys`);
  }
});

test('plurals follow each language’s rules', () => {
  const msg = '{count, plural, =0 {No initiatives match.} one {# initiative} other {# initiatives}}';
  assert.equal(translator('en')(msg, { count: 1 }), '1 initiative');
  assert.equal(translator('ru')(msg, { count: 3 }), '3 инициативы');
  assert.equal(translator('ru')(msg, { count: 5 }), '5 инициатив');
  assert.equal(translator('ar')(msg, { count: 2 }), 'مبادرتان');
  assert.equal(translator('fr')(msg, { count: 0 }), 'Aucune initiative ne correspond.');
});
