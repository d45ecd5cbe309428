import type { VocabGoal } from '../../../domain/vocabulary/vocabulary.ts';
import type { PageContext } from '../../views/context.ts';

/** The targets of a goal, each linking to the initiatives that claim it. Texts show once imported. */
export function SdgTargets({ ctx, goal }: { ctx: PageContext; goal: VocabGoal }) {
  const { t, href, lang } = ctx;
  return (
    <details class="targets">
      <summary>{t('{count, plural, one {# target} other {# targets}}', { count: goal.targets.length })}</summary>
      <ul>
        {goal.targets.map((target) => (
          <li>
            <a href={href(`/initiatives?target=${target.code}`)}>{t('Target {target}', { target: target.code })}</a>
            {target.title[lang] ?? target.title.en ? <> — {target.title[lang] ?? target.title.en}</> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
