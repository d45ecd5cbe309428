import type { ComponentChildren } from 'preact';
import type { VersionView } from '../../domain/review/version-history.ts';
import type { PageContext } from './context.ts';
import { fieldLabel } from './field-labels.ts';

/**
 * Versions, newest first: who made each one and when, and for each changed field the lines it removed
 * and added (the first version names the fields it was created with). `action` adds a control to a
 * version (the restore button of reviewed records).
 */
export function VersionList({ ctx, versions, names, action }: { ctx: PageContext; versions: VersionView[]; names: Record<string, string>; action?: (v: VersionView) => ComponentChildren }) {
  const { t, fmt } = ctx;
  const who = (id: string) => names[id] ?? id;
  return (
    <ol class="versions" reversed>
      {[...versions].reverse().map((v) => (
        <li>
          <p>
            {t('Version {n}, {date}, by {who}', { n: v.version, date: fmt.date(v.createdAt), who: who(v.author) })}
            {action?.(v)}
          </p>
          {v.changes.length ? (
            <dl class="diff">
              {v.changes.map((c) => (
                <>
                  <dt>{fieldLabel(t, c.field)}</dt>
                  <dd>
                    {c.before.map((l) => (
                      <del>{l}</del>
                    ))}
                    {c.after.map((l) => (
                      <ins>{l}</ins>
                    ))}
                  </dd>
                </>
              ))}
            </dl>
          ) : (
            <p>{t('First version: {fields}', { fields: v.changedFields.map((f) => fieldLabel(t, f)).join(', ') })}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
