import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify } from './classify.ts';
import { modelFromJson, modelToJson, predictCodes, train, type TrainingExample } from './model.ts';

const examples: TrainingExample[] = [
  ...['Hackathon for civic apps in the capital', 'Civic hackathon builds apps for city services', 'Annual hackathon on civic technology', 'Students join a civic hackathon'].map((text) => ({
    text, labels: [{ scheme: 'sdg-goal' as const, code: '16', accepted: true }],
  })),
  ...['Solar pumps for irrigation', 'Irrigation with solar pumps for farms', 'Pumps and irrigation canals', 'Drip irrigation kits'].map((text) => ({
    text, labels: [{ scheme: 'sdg-goal' as const, code: '2', accepted: true }, { scheme: 'sdg-goal' as const, code: '16', accepted: false }],
  })),
];

describe('learned model', () => {
  it('learns a code from confirmed links and cites the words behind it', () => {
    const model = train(examples);
    const prediction = predictCodes(model, 'A new hackathon for civic apps', 'en').get('sdg:16');
    assert.ok(prediction && prediction.probability > 0.5);
    assert.ok(prediction.evidence.some((e) => e.toLowerCase().includes('hackathon') || e.toLowerCase().includes('civic')));
    assert.ok(predictCodes(model, 'Irrigation pumps for farms', 'en').get('sdg:16')!.probability < 0.5);
  });

  it('survives a JSON round trip unchanged', () => {
    const model = train(examples);
    const again = modelFromJson(modelToJson(model));
    assert.deepEqual(again, model);
    assert.deepEqual(predictCodes(again, 'civic hackathon', 'en'), predictCodes(model, 'civic hackathon', 'en'));
  });

  it('is combined with the lexicon in classify, with evidence', () => {
    const model = train(examples);
    const result = classify('The civic hackathon produced three apps.', { model });
    const peace = result.sdgs.find((s) => s.goal === 16 && !s.target);
    assert.ok(peace, JSON.stringify(result.sdgs));
    assert.ok(peace.evidence.length > 0);
  });

  it('rejects JSON that is not a model', () => {
    assert.throws(() => modelFromJson('{"kind":"other"}'), /not a Leapfrog classifier model/);
    assert.throws(() => modelFromJson('{"kind":"leapfrog-classifier-model","version":1,"examples":0,"codes":{"sdg:99":{"bias":0,"weights":{}}}}'), /unknown/);
  });
});
