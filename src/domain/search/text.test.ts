import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arabicStem, indexText, queryPhrases, tokenize } from './text.ts';

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

test('Latin-script words are folded, and their plurals brought to the singular, the same way on both sides', () => {
  assert.equal(indexText('Réseaux numériques schools'), 'reseau numerique school');
  assert.equal(indexText('Diseases of COMMUNITIES in ciudades'), 'disease of community in ciudad');
  assert.deepEqual(queryPhrases('Políticas tecnologías'), queryPhrases('política tecnología'));
  assert.deepEqual(queryPhrases('diseases'), [['disease']]);
  // The fast ASCII path of indexText and the slow path of tokenize agree.
  const text = 'Communities’ networks: réseaux, ciudades and 5Gs, SDGs & services.';
  assert.equal(indexText(text), tokenize(text).map((t) => t.term).join(' '));
  assert.equal(indexText('news bus gas analysis process access this les des mes país'), 'news bus gas analysis process access this les des mes pais');
});
