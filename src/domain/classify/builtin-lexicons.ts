import ar from './lexicon/ar.json' with { type: 'json' };
import common from './lexicon/common.json' with { type: 'json' };
import en from './lexicon/en.json' with { type: 'json' };
import enBroad from './lexicon/en-broad.json' with { type: 'json' };
import esBroad from './lexicon/es-broad.json' with { type: 'json' };
import arBroad from './lexicon/ar-broad.json' with { type: 'json' };
import ruBroad from './lexicon/ru-broad.json' with { type: 'json' };
import zhBroad from './lexicon/zh-broad.json' with { type: 'json' };
import frBroad from './lexicon/fr-broad.json' with { type: 'json' };
import enProjects from './lexicon/en-projects.json' with { type: 'json' };
import frTargets from './lexicon/fr-targets.json' with { type: 'json' };
import esTargets from './lexicon/es-targets.json' with { type: 'json' };
import ruTargets from './lexicon/ru-targets.json' with { type: 'json' };
import arTargets from './lexicon/ar-targets.json' with { type: 'json' };
import zhTargets from './lexicon/zh-targets.json' with { type: 'json' };
import enSenses from './lexicon/en-senses.json' with { type: 'json' };
import frSenses from './lexicon/fr-senses.json' with { type: 'json' };
import esSenses from './lexicon/es-senses.json' with { type: 'json' };
import enParaphrase from './lexicon/en-paraphrase.json' with { type: 'json' };
import frParaphrase from './lexicon/fr-paraphrase.json' with { type: 'json' };
import esParaphrase from './lexicon/es-paraphrase.json' with { type: 'json' };
import enGeneral from './lexicon/en-general.json' with { type: 'json' };
import frGeneral from './lexicon/fr-general.json' with { type: 'json' };
import esGeneral from './lexicon/es-general.json' with { type: 'json' };
import es from './lexicon/es.json' with { type: 'json' };
import fr from './lexicon/fr.json' with { type: 'json' };
import ru from './lexicon/ru.json' with { type: 'json' };
import zh from './lexicon/zh.json' with { type: 'json' };
import { validateLexicon } from './lexicon-validate.ts';
import type { Lexicon } from './types.ts';

const SOURCES: [string, unknown][] = [
  ['common.json', common], ['en.json', en], ['fr.json', fr], ['es.json', es], ['ar.json', ar], ['zh.json', zh], ['ru.json', ru],
  // general vocabulary added later for recall on texts we did not tune on; after the main lexicons so it never lowers their weights
  ['en-general.json', enGeneral], ['fr-general.json', frGeneral], ['es-general.json', esGeneral],
  // broad report-language vocabulary of all 17 goals (targets and indicators), for texts outside ICT
  ['en-broad.json', enBroad], ['fr-broad.json', frBroad], ['es-broad.json', esBroad],
  // the same breadth for Arabic, Chinese and Russian: goals, technologies and WSIS lines (terms the main files do not weigh)
  ['ar-broad.json', arBroad], ['zh-broad.json', zhBroad], ['ru-broad.json', ruBroad],
  // fifth round: how ordinary project descriptions word goals 1, 8, 10, 11 (the weakest recall on texts we did not write)
  ['en-projects.json', enProjects],
  // fifth round: target-level vocabulary of all goals in the other five languages (English already had it)
  ['fr-targets.json', frTargets], ['es-targets.json', esTargets], ['ru-targets.json', ruTargets],
  ['ar-targets.json', arTargets], ['zh-targets.json', zhTargets],
  // session 4: a goal word in another sense ("climat social", "energy in the room", "conflicto de versiones"): negative cues only
  ['en-senses.json', enSenses], ['fr-senses.json', frSenses], ['es-senses.json', esSenses],
  // session 4: concrete wordings of each goal by concept family ("cash transfers", "retard de croissance", "doble imposición"),
  // only terms the files above do not weigh for the same goal
  ['en-paraphrase.json', enParaphrase], ['fr-paraphrase.json', frParaphrase], ['es-paraphrase.json', esParaphrase],
];

let builtIn: readonly Lexicon[] | undefined;

/** The team's lexicons shipped with the code (validated once, on first use). */
export function builtInLexicons(): readonly Lexicon[] {
  builtIn ??= Object.freeze(SOURCES.map(([file, data]) => validateLexicon(data, `lexicon/${file}`)));
  return builtIn;
}
