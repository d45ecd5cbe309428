import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arabicStem, indexText, queryPhrases } from './text.ts';

test('Arabic words lose an attached article, preposition or conjunction, and keep at least two letters', () => {
  assert.equal(arabicStem('والتعليم'), 'تعليم');
  assert.equal(arabicStem('بالمدارس'), 'مدارس');
  assert.equal(arabicStem('للمياه'), 'مياه');
  assert.equal(arabicStem('وانترنت'), 'انترنت');
  assert.equal(arabicStem('الي'), 'الي', 'too short to strip');
  assert.equal(arabicStem('ولد'), 'ولد', 'a three-letter word keeps its first و');
});

test('the index and the query reduce Arabic and Russian forms of a word to the same token', () => {
  assert.equal(indexText('وإنترنت الأشياء'), indexText('الإنترنت أشياء'));
  assert.deepEqual(queryPhrases('образованием'), queryPhrases('Образования'));
  assert.equal(indexText('Цифровая грамотность в сёлах'), indexText('цифровой грамотности в селах'));
});

test('Latin-script words are folded but not stemmed', () => {
  assert.equal(indexText('Réseaux numériques schools'), 'reseaux numeriques schools');
});
