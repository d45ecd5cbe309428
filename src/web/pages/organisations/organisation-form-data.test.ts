import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Organisation } from '../../../domain/organisation/organisation.ts';
import { formErrors } from '../record-form/form-data.ts';
import { organisationFormToPatch, organisationToForm } from './organisation-form-data.ts';

const org: Organisation = { id: 'o1', name: { en: 'ICT Authority', fr: 'Autorité des TIC' }, originalLang: 'en', aliases: ['ICTA', 'KICTA'], type: '10', ituMembership: 'member-state', country: '404', website: 'https://icta.example', isSample: false, createdAt: '2024-01-01', updatedAt: '2024-01-01' };
const iso3 = (m49: string) => ({ '404': 'KEN' })[m49];

describe('organisation form data', () => {
  it('gives back the record after a round trip, and sends null for what is empty', () => {
    const { input } = organisationFormToPatch(organisationToForm(org, iso3));
    assert.deepEqual(input, { name: { en: 'ICT Authority', fr: 'Autorité des TIC' }, originalLang: 'en', type: '10', ituMembership: 'member-state', country: 'KEN', website: 'https://icta.example', iatiId: null, aliases: ['ICTA', 'KICTA'] });
  });

  it('clears emptied fields and aliases, and reads aliases one per line', () => {
    const body = { ...organisationToForm(org, iso3), country: '', website: '  ', aliases: '\n' };
    assert.deepEqual([organisationFormToPatch(body).input.country, organisationFormToPatch(body).input.website, organisationFormToPatch(body).input.aliases], [null, null, null]);
    assert.deepEqual(organisationFormToPatch({ ...body, aliases: 'Ministry of ICT, Kenya\r\n MICT \n' }).input.aliases, ['Ministry of ICT, Kenya', 'MICT']);
  });

  it('puts an error on the whole name on the original language, and an alias error on the aliases box', () => {
    const { paths } = organisationFormToPatch({ ...organisationToForm(org, iso3), originalLang: 'fr', aliases: 'a\nb' });
    const errors = formErrors([{ field: 'name', code: 'required', message: '' }, { field: 'name.ar', code: 'too-long', message: '' }, { field: 'aliases[1]', code: 'too-long', message: '' }, { field: 'website', code: 'pattern', message: '' }], paths);
    assert.deepEqual(errors.map((e) => e.field), ['name.fr', 'name.ar', 'aliases', 'website'], 'an error on one language stays on it');
  });
});
