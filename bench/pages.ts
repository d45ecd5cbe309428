// `npm run bench:pages`: every page type, in each language, loaded cold in Chromium over a throttled
// slow-3G link (400 kbit/s down and up, 400 ms round trip). Prints the page's transferred bytes (its
// own: HTML, CSS, JS, fonts, compressed), request count and load time, with the bytes as a share of
// the 50 KB budget and the load time as a ratio to a baseline measured in the same run (/healthz,
// a tiny response: the cost of the link itself).
import type { Page } from 'playwright-core';
import { LANGS } from '../src/domain/vocabulary/language.ts';
import { startServer } from '../test/helpers/server.ts';
import { launchBrowser } from '../test/helpers/browser.ts';
import { pageTypes } from '../test/helpers/page-types.ts';

const SLOW_3G = { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 };
const BUDGET = 50 * 1024;
const langs = process.argv.slice(2).length ? process.argv.slice(2) : ['en', 'ar', 'zh'];

interface Load {
  bytes: number;
  requests: number;
  ms: number;
}

/** Loads a URL cold under throttling and sums the encoded bytes of every response of the page. */
async function load(page: Page, url: string): Promise<Load> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.requestWillBeSent', () => requests++);
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
  const start = performance.now();
  await page.goto(url, { waitUntil: 'load' });
  const ms = performance.now() - start;
  await cdp.detach();
  return { bytes, requests, ms };
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const types = await pageTypes(async (p) => (await fetch(`${server.url}${p}`)).json());
  const page = await browser.context.newPage();
  const baseline = await load(page, `${server.url}/healthz`);
  process.stdout.write(`Slow 3G (400 kbit/s, 400 ms RTT). Baseline /healthz: ${baseline.bytes} B, ${Math.round(baseline.ms)} ms\n\n`);
  process.stdout.write(`${'page'.padEnd(34)}${'bytes'.padStart(8)}${'budget'.padStart(8)}${'req'.padStart(5)}${'load ms'.padStart(9)}${'× base'.padStart(8)}\n`);
  for (const lang of langs.filter((l) => (LANGS as readonly string[]).includes(l))) {
    for (const type of types) {
      const r = await load(page, `${server.url}/${lang}${type.path}`);
      const name = `${lang} ${type.name}`;
      process.stdout.write(
        `${name.padEnd(34)}${String(r.bytes).padStart(8)}${`${Math.round((100 * r.bytes) / BUDGET)}%`.padStart(8)}${String(r.requests).padStart(5)}${String(Math.round(r.ms)).padStart(9)}${(r.ms / baseline.ms).toFixed(1).padStart(8)}\n`,
      );
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
