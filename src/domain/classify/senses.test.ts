import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify } from './classify.ts';

const goals = (text: string, lang?: string): number[] => classify(text, { lang }).sdgs.filter((s) => !s.target).map((s) => s.goal);

// Session 4: a goal's word used in another sense (lexicon/{en,fr,es}-senses.json). Each case pairs a sentence using the
// word in the other sense (not suggested) with one using it in the goal's sense (suggested), so a cue that cancels too much fails.
describe('a goal word in another sense', () => {
  const cases: [string, number, string, string][] = [
    ['fr', 13, "Le climat social reste tendu dans l'usine depuis l'annonce du plan de départs.", "Le changement climatique menace les récoltes et le climat se réchauffe plus vite qu'ailleurs."],
    ['es', 16, 'Un conflicto de versiones entre dependencias impide publicar la nueva aplicación.', 'El conflicto armado desplazó a miles de familias y la paz sigue lejos.'],
    ['en', 7, 'The energy in the room was high when the winners were announced.', 'The cooperative sells solar energy to homes that were never on the grid.'],
    ['es', 14, 'La pyme navega un mar de trámites para exportar su software.', 'La contaminación del mar por plásticos amenaza los arrecifes de coral.'],
    ['fr', 5, "Ce genre de tableau de bord plaît aux directions financières.", "Les violences fondées sur le genre touchent une femme sur trois."],
    ['es', 1, 'El pobre desempeño del servidor retrasó las descargas.', 'La mitad de los hogares rurales vive en la pobreza extrema.'],
    ['en', 12, 'Data consumption per user rose after the streaming launch.', 'The campaign aims at sustainable consumption and less food waste in households.'],
    ['fr', 2, 'Une grève de la faim des chauffeurs a bloqué la plateforme de livraison.', 'La faim touche encore un enfant sur cinq dans la région.'],
  ];
  for (const [lang, goal, other, own] of cases) {
    it(`${lang} SDG ${goal}: "${other.slice(0, 40)}…" is not suggested, the goal's own sense is`, () => {
      assert.ok(!goals(other, lang).includes(goal), JSON.stringify(classify(other, { lang }).sdgs));
      assert.ok(goals(own, lang).includes(goal), JSON.stringify(classify(own, { lang }).sdgs));
    });
  }

  it('a deal between two companies is not a partnership for the goals (SDG 17), a partnership of governments is', () => {
    assert.ok(!goals('Las dos empresas firmaron una alianza para vender el nuevo teléfono en sus tiendas.', 'es').includes(17));
    assert.ok(goals('Los gobiernos de la región firmaron una alianza para la cooperación técnica y el fortalecimiento de capacidades.', 'es').includes(17));
  });

  it('"recenser" (to list) is not a census (SDG 17): "recensement" takes no part in stem matching', () => {
    assert.ok(!goals('Les bénévoles vont recenser les arbres fruitiers de la commune sur une carte en ligne.', 'fr').includes(17));
    assert.ok(goals("L'institut national de la statistique prépare le recensement de la population avec des tablettes.", 'fr').includes(17));
  });

  it('software wording is not a goal: "for example", "data export", "open-source ecosystem"', () => {
    assert.ok(!goals('For example, administrators can configure the export of data to CSV.', 'en').includes(4));
    assert.ok(!goals('Users can export data to CSV or JSON from every report.', 'en').includes(17));
    assert.ok(!goals('The library is part of a large open-source ecosystem of plugins.', 'en').includes(15));
    assert.ok(goals('Students sit the national exam after two years of secondary school.', 'en').includes(4));
  });

  it('a cue that begins with a word does not hide that word\'s other forms ("teaches" still reaches "teaching")', () => {
    assert.ok(goals('The app teaches children to read in their mother tongue.', 'en').includes(4));
    assert.ok(!goals('Each click teaches the model which results users prefer.', 'en').includes(4));
    assert.ok(goals("La déforestation menace l'écosystème de la réserve.", 'fr').includes(15));
  });

  it('"food insecurity", "robotic arm", "employs a method", "Ivory Coast" are not SDG 16, 16, 8, 15', () => {
    assert.ok(!goals('A robotic arm sorts parcels in the warehouse around the clock.', 'en').includes(16));
    assert.ok(goals('Small arms and light weapons fuel armed violence in the border region.', 'en').includes(16));
    assert.ok(!goals('The tool employs a gradient method to rank search results.', 'en').includes(8));
    assert.ok(goals('The new factory employs 200 workers from the town on decent contracts.', 'en').includes(8));
    assert.ok(!goals('The startup opened an office in Ivory Coast to sell its accounting software.', 'en').includes(15));
  });
});
