// `node scripts/screenshot.ts [path…]`: screenshots of the built site at phone and desktop
// widths into tests/.tmp/screens, for looking at our own pages.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { buildInputsOrExit } from '../src/build-inputs.ts';
import { serve } from '../tests/helpers/serve.ts';
import { launchOptions } from '../tests/helpers/browser.ts';

const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/articles/lakala-pos-yi-nian-mei-shua-hai-neng-yong-ma/', '/categories/safety/', '/channels/', '/search/?q=激活', '/404'];
const out = 'tests/.tmp/screens';
mkdirSync(out, { recursive: true });
const server = await serve(buildInputsOrExit().outDir);
const browser = await chromium.launch(launchOptions());
for (const scheme of ['light', 'dark'] as const) {
  for (const [name, width] of [
    ['phone', 390],
    ['desktop', 1280],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height: 844 }, colorScheme: scheme });
    for (const path of pages) {
      await page.goto(server.url + path);
      await page.waitForTimeout(path.startsWith('/search') ? 800 : 50);
      const file = `${out}/${name}-${scheme}${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
      await page.screenshot({ path: file, fullPage: name === 'phone' && process.env.FULL_PAGE !== '0' });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
await server.close();
