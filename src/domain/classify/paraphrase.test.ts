import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify } from './classify.ts';

const goals = (text: string, lang?: string): number[] => classify(text, { lang }).sdgs.filter((s) => !s.target).map((s) => s.goal);

// Session 4 (lexicon/{en,fr,es}-paraphrase.json): goals named by a concrete wording rather than the goal's words.
describe('a goal worded by paraphrase', () => {
  const cases: [string, number, string][] = [
    ['en', 17, 'Revenue agencies of five countries agreed on the automatic exchange of information to curb profit shifting.'],
    ['fr', 14, 'Les prises accessoires de la flotte thonière sont désormais filmées et déclarées.'],
    ['es', 2, 'El centro de salud registra el perímetro braquial de cada niño para detectar la emaciación a tiempo.'],
    ['en', 6, 'The utility cut non-revenue water by finding leaks with acoustic loggers.'],
    ['fr', 13, "Les canicules et le recul des glaciers obligent les communes de montagne à revoir leurs plans."],
    ['es', 8, 'La aplicación permite a los repartidores ver sus condiciones laborales y afiliarse a un seguro de riesgos laborales.'],
    ['es', 15, 'Guardaparques revisan cada semana las fotos de cámaras trampa instaladas en el área protegida.'],
    ['fr', 7, "Des pompes solaires remplacent les groupes diesel et la coopérative mesure l'accès à l'électricité des ménages."],
    ['en', 3, 'SMS reminders cut missed appointments and improved treatment adherence among people living with hypertension.'],
  ];
  for (const [lang, goal, text] of cases) {
    it(`${lang}: SDG ${goal} for "${text.slice(0, 50)}…"`, () => assert.ok(goals(text, lang).includes(goal), JSON.stringify(classify(text, { lang }).sdgs)));
  }

  it('a feminine trade noun is an SDG 5 hint as written, not through its masculine stem', () => {
    assert.ok(goals('El programa forma a desarrolladoras y programadoras de barrios populares.', 'es').includes(5));
    assert.ok(!goals('El programa forma a desarrolladores y programadores de software.', 'es').includes(5));
    assert.ok(!goals("L'incubateur accompagne des entrepreneurs du numérique.", 'fr').includes(5));
  });
});
