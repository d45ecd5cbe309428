import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export interface LaunchedBrowser {
  /** A first context, for tests that need only one visitor. */
  context: BrowserContext;
  /** Another context in the same browser: its own cookies, as another person on another computer. */
  newContext: () => Promise<BrowserContext>;
  close: () => Promise<void>;
}

/** Chromium from Debian, headless, launched once; each context is a fresh profile (cookies, cache). */
export async function launchBrowser(options: { javaScriptEnabled?: boolean } = {}): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const newContext = async () => {
    const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(15_000);
    return context;
  };
  return { context: await newContext(), newContext, close: () => browser.close() };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core in the page against WCAG 2.0/2.1 A and AA and axe's best practices (landmarks, heading order,
 * unique landmark names…). The strict CSP forbids injected script tags, so axe's source is evaluated
 * through the DevTools protocol instead (page.evaluate).
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
  });
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

/** axe's violations on the page as lines naming `label` (the page), its rule, impact and first elements; none when it passes. */
export async function axeFailures(page: Page, label: string): Promise<string[]> {
  return (await axeViolations(page)).map((v) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.join(' | ')}`);
}

/** A phone's screen: the readers we design for first (a ministry official on a slow mobile connection). */
export const PHONE = { width: 360, height: 740 };

// Source text, as FOCUS_SCRIPT below: the page is wider than its window when scrollWidth exceeds clientWidth;
// the culprits are the innermost visible elements reaching past either edge, outside scroll boxes.
const SIDEWAYS_SCRIPT = `(() => {
  const root = document.documentElement;
  if (root.scrollWidth <= root.clientWidth) return '';
  const w = root.clientWidth;
  const out = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.right > w + 1 || r.left < -1); };
  const culprits = [...document.querySelectorAll('body *')]
    .filter((el) => !el.closest('.skip, .table-scroll') && out(el) && ![...el.children].some(out))
    .slice(0, 3)
    .map((el) => el.tagName.toLowerCase() + ' "' + (el.textContent || '').trim().slice(0, 40) + '"');
  return root.scrollWidth + ' px wide in a ' + w + ' px window: ' + culprits.join(', ');
})()`;

/** Why the page scrolls sideways ('' when it does not): a phone reader would have to pan every line. */
export async function sidewaysOverflow(page: Page): Promise<string> {
  return page.evaluate(SIDEWAYS_SCRIPT);
}

// Run in the page as source text: tsx would wrap named functions of a compiled callback in a helper the page lacks.
const FOCUS_SCRIPT = `(() => {
  const el = document.activeElement;
  const css = getComputedStyle(el);
  const lum = (c) => {
    const [r, g, b] = (c.match(/[\\d.]+/g) || ['0', '0', '0']).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  // The outline sits outside the element: compare it with the first opaque background behind the element.
  let behind = el.parentElement;
  let bg = 'rgb(255, 255, 255)';
  while (behind) {
    const c = getComputedStyle(behind).backgroundColor;
    if (c && !/rgba\\(.*, 0\\)$|transparent/.test(c)) { bg = c; break; }
    behind = behind.parentElement;
  }
  const [a, b] = [lum(css.outlineColor), lum(bg)].sort((x, y) => y - x);
  return { tag: el.tagName.toLowerCase() + (el.id ? '#' + el.id : ''), style: css.outlineStyle, width: parseFloat(css.outlineWidth), contrast: (a + 0.05) / (b + 0.05) };
})()`;

/** How the focused element shows its focus: its outline, and the contrast of the outline against the page behind it. */
export async function focusIndicator(page: Page): Promise<{ tag: string; style: string; width: number; contrast: number }> {
  return page.evaluate(FOCUS_SCRIPT) as Promise<{ tag: string; style: string; width: number; contrast: number }>;
}

/** Saves a full-page screenshot under test-artifacts/ (gitignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = new URL('../../test-artifacts/', import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
