import ar from './lexicon/ar.json' with { type: 'json' };
import common from './lexicon/common.json' with { type: 'json' };
import en from './lexicon/en.json' with { type: 'json' };
import es from './lexicon/es.json' with { type: 'json' };
import fr from './lexicon/fr.json' with { type: 'json' };
import ru from './lexicon/ru.json' with { type: 'json' };
import zh from './lexicon/zh.json' with { type: 'json' };
import { validateLexicon } from './lexicon-validate.ts';
import type { Lexicon } from './types.ts';

const SOURCES: [string, unknown][] = [
  ['common.json', common], ['en.json', en], ['fr.json', fr], ['es.json', es], ['ar.json', ar], ['zh.json', zh], ['ru.json', ru],
];

let builtIn: readonly Lexicon[] | undefined;

/** The team's lexicons shipped with the code (validated once, on first use). */
export function builtInLexicons(): readonly Lexicon[] {
  builtIn ??= Object.freeze(SOURCES.map(([file, data]) => validateLexicon(data, `lexicon/${file}`)));
  return builtIn;
}
