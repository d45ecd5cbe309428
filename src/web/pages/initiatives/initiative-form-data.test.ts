import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Initiative } from '../../../domain/initiative/initiative.ts';
import { formErrors, formToInput, intentOf, recordToForm, rowsToShow, type FormBody } from './initiative-form-data.ts';

const record: Initiative = {
  id: 'abc',
  title: { fr: 'Télémédecine rurale', en: 'Rural telemedicine' },
  summary: { fr: 'Des consultations à distance.' },
  description: {},
  originalLang: 'fr',
  kind: 'project',
  status: 'implementation',
  dates: { plannedStart: '2024-01-01' },
  scope: 'national',
  countries: ['242'],
  organisations: [{ organisationId: 'org1', role: 'lead' }],
  classifications: [
    { scheme: 'sdg-goal', code: '3', source: 'self' },
    { scheme: 'sdg-target', code: '3.8', source: 'machine', confidence: 0.8, evidenceText: 'couverture sanitaire', evidenceUrl: 'https://example.org/r' },
    { scheme: 'technology', code: 'telemedicine', source: 'reviewer', evidenceText: 'seen in the report' },
  ],
  trustMarkers: [{ dimension: 'inclusiveness', significance: 2, evidence: 'villages' }],
  impact: {},
  impactMetrics: [{ label: { fr: 'patients', en: 'patients' }, value: 1200, unit: 'people', year: 2024 }],
  partnerships: {},
  lessons: {},
  replicability: {},
  budget: { amount: 50000, currency: 'USD' },
  links: [{ kind: 'website', url: 'https://example.org', title: 'Site' }],
  licence: 'CC-BY-4.0',
  externalIds: { iati: 'XM-1' },
  provenance: { source: 'form' },
  workflowState: 'draft',
  isSample: false,
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
  version: 1,
};

describe('initiative form data', () => {
  it('sends null for an optional field emptied on the edit form, and leaves it out of a new record', () => {
    const emptied: FormBody = { ...recordToForm(record, () => 'NPL'), scope: '', licence: ' ', 'budget.amount': '', 'budget.currency': '' };
    const { input } = formToInput(emptied, record);
    assert.deepEqual([input.scope, input.licence, input.budget], [null, null, null]);
    const fresh = formToInput(emptied).input;
    assert.ok(!('scope' in fresh) && !('licence' in fresh) && !('budget' in fresh));
    assert.deepEqual(formToInput(recordToForm(record, () => 'NPL'), record).input.budget, { amount: 50000, currency: 'USD' }, 'a kept budget is sent as it is');
  });

  it('turns texts per language into language maps, dropping blank languages and blank rows', () => {
    const body: FormBody = {
      originalLang: 'fr',
      'title.fr': 'Cartes scolaires',
      'title.en': '   ',
      'summary.fr': 'Résumé',
      kind: 'project',
      status: '',
      countries: ['FJI', 'NPL'],
      'organisations[0].id': '',
      'organisations[0].role': '',
      'organisations[1].id': 'org1',
      'organisations[1].role': 'funding',
    };
    const { input } = formToInput(body);
    assert.deepEqual(input.title, { fr: 'Cartes scolaires' });
    assert.deepEqual(input.summary, { fr: 'Résumé' });
    assert.deepEqual(input.description, {});
    assert.equal(input.originalLang, 'fr');
    assert.equal(input.kind, 'project');
    assert.equal('status' in input, false, 'a blank select is left out, so the schema says it is required');
    assert.deepEqual(input.countries, ['FJI', 'NPL']);
    assert.deepEqual(input.organisations, [{ id: 'org1', role: 'funding' }]);
    assert.deepEqual(input.classifications, []);
    assert.deepEqual(input.links, []);
  });

  it('maps service errors back to the inputs that produced them', () => {
    const body: FormBody = {
      originalLang: 'fr',
      countries: ['FJI', 'XXX'],
      sdgGoals: ['3'],
      'organisations[0].id': '',
      'organisations[1].id': 'nope',
      'organisations[1].role': 'lead',
      'targets[0].code': '',
      'targets[1].code': '3.8',
      'targets[1].evidenceUrl': 'not a url',
      'trustMarkers.reliability.significance': '',
      'trustMarkers.reliability.evidence': 'audited',
      'impactMetrics[1].value': 'lots',
      'impactMetrics[1].label': 'people',
    };
    const { input, paths } = formToInput(body);
    assert.deepEqual((input.classifications as { scheme: string }[]).map((c) => c.scheme), ['sdg-goal', 'sdg-target']);
    const mapped = formErrors(
      [
        { field: 'title', code: 'required', message: '' },
        { field: 'countries[1]', code: 'unknown-code', message: '' },
        { field: 'organisations[0].id', code: 'unknown-id', message: '' },
        { field: 'classifications[0].code', code: 'unknown-code', message: '' },
        { field: 'classifications[1].evidenceUrl', code: 'pattern', message: '' },
        { field: 'trustMarkers[0].significance', code: 'not-allowed', message: '' },
        { field: 'impactMetrics[0].value', code: 'invalid', message: '' },
        { field: 'impactMetrics[0].label.fr', code: 'too-long', message: '' },
        { field: 'budget.currency', code: 'pattern', message: '' },
      ],
      paths,
    ).map((e) => e.field);
    assert.deepEqual(mapped, [
      'title.fr',
      'countries',
      'organisations[1].id',
      'sdgGoals',
      'targets[1].evidenceUrl',
      'trustMarkers.reliability.significance',
      'impactMetrics[1].value',
      'impactMetrics[1].label.fr',
      'budget.currency',
    ]);
    assert.equal((input.impactMetrics as { value: unknown }[])[0]!.value, 'lots', 'a non-number is passed on, so validation names it');
  });

  it('reads numbers with spaces, and leaves an unfilled number out so it is reported as required', () => {
    const { input } = formToInput({ 'impactMetrics[0].value': '120 000', 'impactMetrics[0].year': '2023', 'budget.currency': 'usd' });
    assert.deepEqual(input.impactMetrics, [{ label: {}, value: 120000, year: 2023 }]);
    assert.deepEqual(input.budget, { currency: 'USD' });
  });

  it('gives back the same record after a round trip through the form, keeping what the form does not show', () => {
    const body = recordToForm(record, (m49) => (m49 === '242' ? 'FJI' : undefined));
    const { input } = formToInput(body, record);
    assert.deepEqual(input.title, record.title);
    assert.equal(input.originalLang, 'fr');
    assert.deepEqual(input.dates, { plannedStart: '2024-01-01' });
    assert.deepEqual(input.countries, ['FJI']);
    assert.deepEqual(input.organisations, [{ id: 'org1', role: 'lead' }]);
    assert.deepEqual(input.classifications, [
      { scheme: 'sdg-goal', code: '3', source: 'self' },
      { scheme: 'technology', code: 'telemedicine', source: 'reviewer', evidenceText: 'seen in the report' },
      { scheme: 'sdg-target', code: '3.8', source: 'machine', confidence: 0.8, evidenceText: 'couverture sanitaire', evidenceUrl: 'https://example.org/r' },
    ]);
    assert.deepEqual(input.trustMarkers, [{ dimension: 'inclusiveness', significance: 2, evidence: 'villages' }]);
    assert.deepEqual(input.impactMetrics, [{ label: { fr: 'patients', en: 'patients' }, value: 1200, unit: 'people', year: 2024 }]);
    assert.deepEqual(input.budget, { amount: 50000, currency: 'USD' });
    assert.deepEqual(input.links, [{ kind: 'website', url: 'https://example.org', title: 'Site' }]);
    assert.equal(input.licence, 'CC-BY-4.0');
    assert.deepEqual(input.externalIds, { iati: 'XM-1' });
  });

  it('shows the default rows, the submitted rows, and two more rows in the group whose "add" button was pressed', () => {
    assert.deepEqual(rowsToShow({}), { organisations: 2, targets: 3, impactMetrics: 2, links: 2 });
    const body: FormBody = { 'organisations[0].id': '', 'organisations[3].id': 'x', 'links[0].url': '' };
    assert.deepEqual(rowsToShow(body), { organisations: 4, targets: 3, impactMetrics: 2, links: 1 });
    assert.deepEqual(rowsToShow({ ...body, 'add-row': 'links' }), { organisations: 4, targets: 3, impactMetrics: 2, links: 3 });
  });

  it('tells the buttons apart; Enter without a button saves a draft', () => {
    assert.deepEqual(intentOf({ 'add-row': 'targets', intent: 'submit' }), { kind: 'add-row' });
    assert.deepEqual(intentOf({ intent: 'preview' }), { kind: 'preview' });
    assert.deepEqual(intentOf({ intent: 'submit', notDuplicate: 'yes' }), { kind: 'submit', notDuplicate: true });
    assert.deepEqual(intentOf({ intent: 'submit' }), { kind: 'submit', notDuplicate: false });
    assert.deepEqual(intentOf({}), { kind: 'draft' });
  });
});
