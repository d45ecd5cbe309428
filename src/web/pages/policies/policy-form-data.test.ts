import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { policyRecord } from '../../../../test/fixtures/policies.ts';
import { formErrors } from '../record-form/form-data.ts';
import { policyFormToInput, policyRowsToShow, policyToForm } from './policy-form-data.ts';

const record = policyRecord();
const iso3 = (m49: string) => ({ '204': 'BEN', '768': 'TGO' })[m49];

describe('policy form data', () => {
  it('gives back the record’s input after a round trip through the form, keeping what the form does not show', () => {
    const { input } = policyFormToInput(policyToForm(record, iso3), record);
    assert.deepEqual(input.title, record.title);
    assert.deepEqual(input.jurisdiction, { region: 'ECO', organisation: { fr: 'CEDEAO', en: 'ECOWAS' } });
    assert.deepEqual(input.countries, ['BEN', 'TGO'], 'members chosen one by one stay');
    assert.deepEqual(input.dates, { adopted: '2023-05-02', inForce: '2023-07-01' });
    assert.deepEqual(input.themes, ['digital-skills']);
    assert.deepEqual(input.relatedPolicies, [{ id: 'p0', relation: 'implements' }]);
    assert.deepEqual(input.initiatives, [{ id: 'i1', relation: 'enables' }]);
    assert.deepEqual(input.links, [{ kind: 'document', url: 'https://example.org/text', title: 'Texte' }]);
    const tech = (input.classifications as Record<string, unknown>[]).find((c) => c.scheme === 'technology');
    assert.deepEqual(tech, { scheme: 'technology', code: 'artificial-intelligence', source: 'machine', confidence: 0.8, evidenceText: 'IA' });
    assert.equal(input.trustMarkers, undefined, 'trust markers are not in the form, so an edit keeps them');
  });

  it('sends null for dates all emptied on the edit form, and leaves them out of a new record', () => {
    const emptied = { ...policyToForm(record, iso3), 'dates.adopted': '', 'dates.inForce': ' ' };
    assert.equal(policyFormToInput(emptied, record).input.dates, null);
    assert.ok(!('dates' in policyFormToInput(emptied).input));
    assert.deepEqual(policyFormToInput({ ...emptied, 'dates.revised': '2025-01-01' }, record).input.dates, { revised: '2025-01-01' });
  });

  it('leaves out member countries that simply follow the region, so they keep following it', () => {
    const body = policyToForm(record, iso3, (code) => (code === 'ECO' ? ['204', '768'] : undefined));
    assert.deepEqual(body.countries, []);
    assert.deepEqual(policyToForm({ ...record, level: 'national', jurisdiction: { country: '204' }, countries: ['204'] }, iso3).countries, [], 'a national one has none');
  });

  it('drops blank relation rows and maps errors to the row they were typed in', () => {
    const { input, paths } = policyFormToInput({ originalLang: 'en', 'title.en': 'X', 'relatedPolicies[0].id': '', 'relatedPolicies[0].relation': '', 'relatedPolicies[1].id': 'p9', 'relatedPolicies[1].relation': 'amends', themes: 'bogus' });
    assert.deepEqual(input.relatedPolicies, [{ id: 'p9', relation: 'amends' }]);
    const errors = formErrors(
      [
        { field: 'relatedPolicies[0].id', code: 'unknown-id', message: 'No policy' },
        { field: 'issuingBody', code: 'required', message: 'Give it' },
        { field: 'themes[0]', code: 'not-allowed', message: 'No' },
      ],
      paths,
    );
    assert.deepEqual(
      errors.map((e) => e.field),
      ['relatedPolicies[1].id', 'issuingBody.en', 'themes'],
    );
  });

  it('shows the default rows and two more in the group whose "add" button was pressed', () => {
    assert.deepEqual(policyRowsToShow({}), { targets: 2, links: 2, relatedPolicies: 2, initiatives: 2 });
    assert.equal(policyRowsToShow({ 'initiatives[2].id': 'x', 'add-row': 'initiatives' }).initiatives, 5);
  });
});
