import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify } from './classify.ts';

const goals = (text: string, lang?: string): number[] => classify(text, { lang }).sdgs.filter((s) => !s.target).map((s) => s.goal);

describe('classify', () => {
  const samples: [string, string, number][] = [
    ['en', 'The operator extends 4G coverage and mobile broadband to unconnected villages.', 9],
    ['fr', "Le projet forme les enseignants et améliore l'éducation des élèves dans les écoles primaires.", 4],
    ['es', 'La iniciativa promueve la igualdad de género y el empoderamiento de las mujeres rurales.', 5],
    ['ar', 'شراكة بين القطاعين العام والخاص لتعبئة الموارد المالية وبناء القدرات في البلدان النامية.', 17],
    ['zh', '运营商建设光纤宽带和移动网络,缩小数字鸿沟。', 9],
    ['ru', 'Программа поддерживает женщин-предпринимателей и борется с насилием в отношении женщин и девочек.', 5],
  ];
  for (const [lang, text, goal] of samples) {
    it(`detects ${lang} and suggests SDG ${goal}`, () => {
      const result = classify(text);
      assert.equal(result.lang, lang);
      assert.ok(goals(text).includes(goal), JSON.stringify(result.sdgs));
    });
  }

  it('cites as evidence phrases that appear in the text as written', () => {
    const text = 'Solar Mini-Grids bring ELECTRICITY to off-grid clinics; Machine Learning forecasts demand.';
    const result = classify(text);
    const all = [...result.sdgs, ...result.technologies, ...result.wsis].flatMap((s) => s.evidence);
    assert.ok(all.length > 0);
    for (const phrase of all) assert.ok(text.includes(phrase), `${phrase} not in text`);
    assert.ok(result.technologies.some((t) => t.slug === 'artificial-intelligence' && t.evidence.includes('Machine Learning')));
  });

  it('lets negative cues cancel a match: "business climate" is not climate action', () => {
    assert.ok(!goals('The business climate improved after reforms.').includes(13));
    assert.ok(goals('Climate change adaptation plans protect farmers.').includes(13));
  });

  it('does not read "satellite office" as satellite technology', () => {
    const slugs = (t: string) => classify(t).technologies.map((s) => s.slug);
    assert.ok(!slugs('The bank opened a satellite office in the capital.').includes('satellite'));
    assert.ok(slugs('Satellite imagery maps flooded fields.').includes('satellite'));
  });

  it('finds two-character Chinese words inside unsegmented text', () => {
    const result = classify('该项目改善农村教育。');
    const education = result.sdgs.find((s) => s.goal === 4 && !s.target);
    assert.ok(education);
    assert.ok(education.evidence.includes('教育'));
  });

  it('keeps Latin acronyms whole in Chinese text ("AI" but not inside "email")', () => {
    assert.ok(classify('利用AI和物联网改善农业。').technologies.some((t) => t.slug === 'artificial-intelligence'));
    assert.ok(!classify('通过email通知农民。').technologies.some((t) => t.slug === 'artificial-intelligence'));
  });

  it('is deterministic and keeps scores within 0..1', () => {
    const text = 'Blockchain land registries and digital ID help women secure property rights and access credit.';
    const first = classify(text);
    assert.deepEqual(classify(text), first);
    for (const s of [...first.sdgs, ...first.technologies, ...first.wsis]) assert.ok(s.score >= 0 && s.score <= 1);
  });

  it('reports a detected language outside our six and falls back to the English lexicon', () => {
    const result = classify('Digital health records for rural clinics.', { lang: 'de-AT' });
    assert.equal(result.lang, 'de-AT');
    assert.equal(result.lexiconLang, 'en');
  });

  it('accepts extra lexicons that add terms', () => {
    const extra = [{ lang: 'en' as const, sdg: { '14': { 'plankton survey': 2 } } }];
    assert.ok(!goals('A plankton survey was run.').includes(14));
    assert.ok(classify('A plankton survey was run.', { lexicons: extra }).sdgs.some((s) => s.goal === 14));
  });
  it('matches plural forms of singular terms, exact terms first', () => {
    const goals = (text: string, lang: string) => classify(text, { lang }).sdgs.filter((s) => !s.target).map((s) => s.goal);
    assert.deepEqual(classify('Two public procurements were cancelled', { lang: 'en' }).sdgs.find((s) => s.goal === 16)?.evidence, ['public procurements']);
    assert.ok(goals('Des catastrophes naturelles frappent les villes', 'fr').includes(11));
    assert.deepEqual(goals('The news of the day', 'en'), []);
  });

  it('reads decomposed (NFD) text like composed text: accents stay inside their words', () => {
    const composed = 'Part de l’énergie renouvelable dans la consommation finale d’énergie';
    const decomposed = composed.normalize('NFD');
    assert.notEqual(decomposed, composed);
    const goals = (t: string) => classify(t, { lang: 'fr' }).sdgs.filter((s) => !s.target).map((s) => s.goal);
    assert.deepEqual(goals(decomposed), goals(composed));
    assert.ok(goals(decomposed).includes(7));
  });
});
