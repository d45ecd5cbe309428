import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS } from './language.ts';
import { WSIS_LINES, wsisLine } from './wsis.ts';

const C7_SUBLINES = ['government', 'business', 'learning', 'health', 'employment', 'environment', 'agriculture', 'science'].map((s) => `C7.e-${s}`);

test('C1–C11 and the eight C7 sub-lines, unique codes', () => {
  const codes = WSIS_LINES.map((w) => w.code);
  assert.equal(new Set(codes).size, codes.length);
  assert.deepEqual(codes.filter((c) => !c.includes('.')), Array.from({ length: 11 }, (_, i) => `C${i + 1}`));
  assert.deepEqual(WSIS_LINES.filter((w) => w.parent).map((w) => w.code), C7_SUBLINES);
  for (const w of WSIS_LINES) assert.equal(w.parent, w.code.startsWith('C7.') ? 'C7' : undefined, w.code);
  // Sub-lines come right after their parent.
  assert.equal(codes.indexOf('C7.e-government'), codes.indexOf('C7') + 1);
});

test('labels in six languages, translated', () => {
  for (const w of WSIS_LINES) {
    for (const l of LANGS) {
      assert.ok(w.labels[l]?.trim(), `${w.code} ${l}`);
      if (l !== 'en') assert.notEqual(w.labels[l], w.labels.en, `${w.code} ${l} is the English one`);
    }
  }
});

test('wsisLine(code)', () => {
  assert.equal(wsisLine('C5')?.labels.en, 'Building confidence and security in the use of ICTs');
  assert.equal(wsisLine('C7.e-health')?.parent, 'C7');
  assert.equal(wsisLine('C12'), undefined);
});
