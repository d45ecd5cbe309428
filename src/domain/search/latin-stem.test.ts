import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latinStem } from './latin-stem.ts';
import { foldText } from './text.ts';
import { readFileSync } from 'node:fs';
import { sharedData } from '../../../test/helpers/shared-data.ts';

/** The word as the index stores it: folded (accents, case), then stemmed. */
const form = (w: string) => latinStem(foldText(w));

function assertMeet(pairs: [string, string][], language: string) {
  const missed = pairs.filter(([a, b]) => form(a) !== form(b)).map(([a, b]) => `${a} (${form(a)}) ≠ ${b} (${form(b)})`);
  assert.deepEqual(missed, [], `${language}: these should meet`);
}

test('English plurals meet their singular', () => {
  assertMeet(
    [
      ['diseases', 'disease'], ['schools', 'school'], ['communities', 'community'], ['technologies', 'technology'], ['farmers', 'farmer'],
      ['services', 'service'], ['devices', 'device'], ['classes', 'class'], ['processes', 'process'], ['businesses', 'business'],
      ['approaches', 'approach'], ['searches', 'search'], ['dishes', 'dish'], ['boxes', 'box'], ['taxes', 'tax'], ['phones', 'phone'],
      ['networks', 'network'], ['policies', 'policy'], ['countries', 'country'], ['days', 'day'], ['keys', 'key'], ['ties', 'tie'],
      ['movies', 'movie'], ['SDGs', 'SDG'], ['NGOs', 'NGO'], ['females', 'female'], ['spheres', 'sphere'], ['milestones', 'milestone'],
      ['sectors', 'sector'], ['profiles', 'profile'], ['scales', 'scale'], ['stores', 'store'], ['committees', 'committee'],
    ],
    'English',
  );
});

test('French plurals (and feminines) meet their singular', () => {
  assertMeet(
    [
      ['réseaux', 'réseau'], ['numériques', 'numérique'], ['nationaux', 'national'], ['nationales', 'national'], ['nationale', 'national'],
      ['régionaux', 'régional'], ['sociales', 'social'], ['technologies', 'technologie'], ['stratégies', 'stratégie'], ['données', 'donnée'],
      ['bureaux', 'bureau'], ['niveaux', 'niveau'], ['entreprises', 'entreprise'], ['classes', 'classe'], ['recherches', 'recherche'],
      ['voies', 'voie'], ['écoles', 'école'], ['lois', 'loi'], ['emplois', 'emploi'], ['urbaines', 'urbain'], ['modèles', 'modèle'], ['premières', 'premier'], ['dernière', 'dernier'], ['identités', 'identité'], ['carrières', 'carrière'],
    ],
    'French',
  );
});

test('Spanish plurals meet their singular', () => {
  assertMeet(
    [
      ['ciudades', 'ciudad'], ['políticas', 'política'], ['tecnologías', 'tecnología'], ['comunidades', 'comunidad'], ['universidades', 'universidad'],
      ['naciones', 'nación'], ['regiones', 'región'], ['sociales', 'social'], ['digitales', 'digital'], ['rurales', 'rural'], ['móviles', 'móvil'],
      ['sectores', 'sector'], ['mujeres', 'mujer'], ['imágenes', 'imagen'], ['jóvenes', 'joven'], ['celulares', 'celular'], ['escuelas', 'escuela'],
      ['países', 'país'], ['redes', 'red'], ['leyes', 'ley'], ['veces', 'vez'], ['capaces', 'capaz'], ['raíces', 'raíz'], ['series', 'serie'],
      ['especies', 'especie'], ['datos', 'dato'], ['millones', 'millón'], ['razones', 'razón'], ['niveles', 'nivel'], ['libertades', 'libertad'],
      ['actitudes', 'actitud'], ['edades', 'edad'], ['boletines', 'boletín'], ['bienes', 'bien'],
    ],
    'Spanish',
  );
});

test('words that would merge with another word stay apart', () => {
  const apart: [string, string][] = [
    ['bus', 'bu'], ['news', 'new'], ['gas', 'ga'], ['analysis', 'analysi'], ['process', 'proces'], ['access', 'acces'], ['this', 'thi'],
    ['les', 'le'], ['des', 'de'], ['mes', 'me'], ['país', 'pai'], ['pais', 'pai'], ['pays', 'pay'], ['status', 'statu'], ['campus', 'campu'],
    ['plane', 'plan'], ['note', 'not'], ['here', 'her'], ['care', 'car'], ['code', 'cod'], ['state', 'stat'], ['phone', 'phon'], ['scene', 'scen'],
    ['severe', 'sever'], ['tie', 'ty'], ['lie', 'ly'], ['taux', 'tal'], ['sans', 'san'], ['vers', 'ver'], ['temps', 'temp'], ['corps', 'corp'],
    ['bias', 'bia'], ['crisis', 'crisi'], ['lens', 'len'], ['carrière', 'carrier'], ['mère', 'mer'], ['face', 'faz'], ['once', 'onz'],
    ['role', 'rol'], ['humane', 'human'], ['mois', 'moi'], ['fois', 'foi'], ['made', 'mad'], ['fine', 'fin'], ['spine', 'spin'], ['whole', 'whol'], ['sale', 'sal'], ['male', 'mal'], ['tale', 'tal'], ['done', 'don'], ['none', 'non'], ['there', 'ther'],
  ];
  const merged = apart.filter(([a, b]) => form(a) === form(b)).map(([a, b]) => `${a} = ${b} (${form(a)})`);
  assert.deepEqual(merged, [], 'these must not meet');
  for (const w of ['bus', 'gas', 'analysis', 'process', 'access', 'this', 'les', 'des', 'mes', 'pais', 'news', 'status', 'tie']) assert.equal(form(w), w, `${w} stays whole`);
});

test('only words of the letters a–z change; the common ending-less word is returned as given', () => {
  assert.equal(latinStem('5gs'), '5gs');
  assert.equal(latinStem('covid19s'), 'covid19s');
  assert.equal(latinStem('grüße'), 'grüße');
  assert.equal(latinStem('школы'), 'школы');
  assert.equal(latinStem('network'), 'network');
  assert.equal(latinStem(''), '');
});

test('on the SDG goals, targets and indicators in English, French and Spanish, singular and plural forms meet', () => {
  // Real text (Open SDG translations, in the shared data folder): every word that also occurs with a
  // plural ending in the same language (-s; -es in Spanish; -y/-ies; -al/-aux; -z/-ces) is a pair.
  // French -es after a word is its feminine plural, not counted here.
  const missed: Record<string, string[]> = {};
  const counts: Record<string, number> = {};
  for (const lang of ['en', 'fr', 'es']) {
    const words = new Set<string>();
    for (const file of ['global_goals.yml', 'global_targets.yml', 'global_indicators.yml']) {
      for (const m of readFileSync(sharedData('sdg-translations', lang, file), 'utf8').matchAll(/[\p{L}\p{M}]+/gu)) words.add(foldText(m[0]));
    }
    const pairs: [string, string][] = [];
    for (const w of words) {
      if (w.length < 3) continue;
      const plurals = [w + 's', lang === 'fr' ? '' : w + 'es', w.endsWith('y') ? `${w.slice(0, -1)}ies` : '', w.endsWith('al') ? `${w.slice(0, -2)}aux` : '', w.endsWith('z') ? `${w.slice(0, -1)}ces` : ''];
      for (const p of plurals) if (p && words.has(p)) pairs.push([w, p]);
    }
    counts[lang] = pairs.length;
    missed[lang] = pairs.filter(([a, b]) => latinStem(a) !== latinStem(b)).map((p) => p.join('/')).sort();
  }
  assert.ok(counts.en! > 100 && counts.fr! > 200 && counts.es! > 200, `enough pairs: ${JSON.stringify(counts)}`);
  // What is left is what the rules leave out on purpose: French -us plurals (English status, campus end
  // the same way), Spanish plurals of three-letter words and -anes (planes would meet English plane).
  assert.deepEqual(missed, { en: [], fr: ['prevu/prevus', 'revenu/revenus'], es: ['mar/mares', 'plan/planes'] });
});
