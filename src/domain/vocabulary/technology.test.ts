import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS } from './language.ts';
import { TECHNOLOGIES, technology } from './technology.ts';

// Other modules (classifier lexicons, stored records) use these slugs in this order.
const SLUGS = [
  '5g', 'artificial-intelligence', 'internet-of-things', 'big-data', 'ott', 'cloud-edge', 'blockchain', 'satellite',
  'digital-identity', 'digital-payments', 'open-data', 'cybersecurity', 'ar-vr', 'broadband',
];

test('exactly the agreed slugs, in order, unique', () => {
  assert.deepEqual(TECHNOLOGIES.map((t) => t.slug), SLUGS);
  assert.equal(new Set(SLUGS).size, SLUGS.length);
});

test('labels and descriptions in six languages, translated', () => {
  for (const t of TECHNOLOGIES) {
    for (const l of LANGS) {
      assert.ok(t.labels[l]?.trim(), `${t.slug} label ${l}`);
      assert.ok(t.description[l]?.trim(), `${t.slug} description ${l}`);
      if (l === 'en') continue;
      assert.notEqual(t.labels[l], t.labels.en, `${t.slug} label ${l} is the English one`);
      assert.notEqual(t.description[l], t.description.en, `${t.slug} description ${l} is the English one`);
    }
    // One sentence: ends with a full stop (。 in Chinese), and no other sentence end inside.
    assert.match(t.description.en, /^[^.]+\.$/, `${t.slug}: one sentence`);
    assert.match(t.description.zh, /。$/);
  }
  assert.equal(new Set(TECHNOLOGIES.map((t) => t.labels.en)).size, TECHNOLOGIES.length);
});

test('technology(slug)', () => {
  assert.equal(technology('ott')?.labels.en, 'OTT services');
  assert.equal(technology('6g'), undefined);
});
