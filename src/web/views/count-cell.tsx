import type { PageContext } from './context.ts';

/** A table cell with a count linking to what it counts, or a dash (read as "none") where there is nothing: a gap. */
export function CountCell({ ctx, count, href }: { ctx: PageContext; count: number; href: string }) {
  return count ? (
    <td class="cell-yes">
      <a href={href}>{ctx.fmt.number(count)}</a>
    </td>
  ) : (
    <td class="cell-no">
      <span aria-hidden="true">—</span>
      <span class="visually-hidden">{ctx.t('none')}</span>
    </td>
  );
}
