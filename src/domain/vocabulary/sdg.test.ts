import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { sharedData } from '../../../test/helpers/shared-data.ts';
import { LANGS } from './language.ts';
import { SDG_GOALS, SDG_TARGETS, isSdgTargetCode, sdgGoal, sdgTarget } from './sdg.ts';

test('17 goals numbered 1–17 with well-formed IRIs and colours', () => {
  assert.equal(SDG_GOALS.length, 17);
  SDG_GOALS.forEach((g, i) => {
    assert.equal(g.number, i + 1);
    assert.equal(g.code, String(i + 1));
    assert.equal(g.iri, `http://metadata.un.org/sdg/${i + 1}`);
    assert.match(g.color, /^#[0-9A-F]{6}$/);
  });
  assert.equal(new Set(SDG_GOALS.map((g) => g.color)).size, 17);
});

test('every goal has a non-empty short title in all six languages', () => {
  for (const g of SDG_GOALS) {
    for (const l of LANGS) assert.ok(g.short[l]?.trim(), `goal ${g.number} lacks a ${l} title`);
    for (const l of LANGS.filter((l) => l !== 'en')) assert.notEqual(g.short[l], g.short.en, `goal ${g.number} ${l} is English`);
  }
  assert.equal(sdgGoal(9)?.short.en, 'Industry, innovation and infrastructure');
});

test('169 unique targets with IRIs under their goal', () => {
  assert.equal(SDG_TARGETS.length, 169);
  assert.equal(new Set(SDG_TARGETS.map((t) => t.code)).size, 169);
  for (const t of SDG_TARGETS) {
    assert.match(t.code, /^(\d{1,2})\.(\d{1,2}|[a-d])$/);
    assert.equal(t.code.split('.')[0], String(t.goal));
    assert.equal(t.iri, `http://metadata.un.org/sdg/${t.code}`);
  }
});

test('target codes are exactly those of the Open SDG English targets file', () => {
  const yml = parse(readFileSync(sharedData('sdg-translations', 'en', 'global_targets.yml'), 'utf8')) as Record<string, string>;
  // Keys look like '14-a-title'.
  const official = Object.keys(yml).map((k) => k.replace(/-title$/, '').replace('-', '.'));
  assert.deepEqual([...SDG_TARGETS.map((t) => t.code)].sort(), official.sort());
});

test('helpers', () => {
  assert.equal(sdgGoal(17)?.color, '#19486A');
  assert.equal(sdgGoal(0), undefined);
  assert.equal(sdgGoal(18), undefined);
  assert.equal(sdgTarget('9.c')?.goal, 9);
  assert.equal(sdgTarget('9.c')?.iri, 'http://metadata.un.org/sdg/9.c');
  assert.ok(isSdgTargetCode('17.19'));
  assert.ok(isSdgTargetCode('1.b'));
  assert.ok(!isSdgTargetCode('9.d'));
  assert.ok(!isSdgTargetCode('17.20'));
  assert.ok(!isSdgTargetCode('9'));
});
