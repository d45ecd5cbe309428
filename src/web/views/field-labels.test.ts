import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatters, translator } from '../../i18n/i18n.ts';
import { fieldLabel, formFieldLabel } from './field-labels.ts';

const en = { t: translator('en'), fmt: formatters('en') };
const fr = { t: translator('fr'), fmt: formatters('fr') };

test('form errors are named with the same field names as the history, with the row or the language they concern', () => {
  const cases: [string, string | undefined][] = [
    ['title', 'Title'],
    ['title.fr', 'Title (French)'],
    ['name.ar', 'Name (Arabic)'],
    ['impactMetrics[1].label.fr', 'Impact figure 2'],
    ['organisations[0].role', 'Organisation 1'],
    ['targets[2]', 'SDG target 3'],
    ['links[0].url', 'Link 1'],
    ['relatedPolicies[0].relation', 'Related policy 1'],
    ['initiatives[3].initiativeId', 'Linked initiative 4'],
    ['countries[0]', 'Countries and areas'],
    ['dates.actualStart', 'Dates'],
    ['jurisdiction.country', 'Country'],
    ['jurisdiction.organisation.es', 'Organisation it belongs to (Spanish)'],
    ['jurisdiction', 'Jurisdiction'],
    ['aliases[0]', 'Other names and acronyms'],
    ['sdgGoals[0]', 'SDG goals'],
    ['machineOffered', 'Machine suggestions'],
    ['nothingKnown', undefined],
    ['weird.b[', undefined],
  ];
  assert.deepEqual(cases.map(([f]) => [f, formFieldLabel(en, f)]), cases);
  assert.equal(formFieldLabel(en, 'countries[0]', { countries: 'Member countries' }), 'Member countries', 'a form may name a field its own way');
  assert.equal(formFieldLabel(fr, 'title.en'), 'Titre (anglais)');
  assert.equal(formFieldLabel(fr, 'organisations[1].id'), 'Organisation 2');
  assert.equal(fieldLabel(en.t, 'trustMarkers'), 'Trust markers', 'the history names fields as before');
  assert.equal(fieldLabel(en.t, 'unknownKey'), 'unknownKey');
});
