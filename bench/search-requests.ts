// npm run bench:search [-- --dist <built site>] [--shards 1,3]
//
// What one search costs a reader: the requests and bytes under /pagefind/ that /search/?q=…
// fetches in Chromium, for the site's index as built and for the same articles indexed into
// more shards (a large site has one shard per ~1,600 articles: src/search/pagefind.ts).
// Served by nginx with the production rules when it is installed, so bytes are as transferred.
import { cpSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { articlePages, buildSearchIndex } from '../src/search/pagefind.ts';
import { launchOptions } from '../tests/helpers/browser.ts';
import { serveSite } from './lib/serve-site.ts';

const QUERIES = ['押金', '一年没刷', 'POS机激活'];
const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, shards: { type: 'string', default: '1,3' } } });
const dist = resolve(values.dist);
const counts = values.shards.split(',').map(Number);
const scratch = resolve('bench/out/search-requests');

const browser = await chromium.launch(launchOptions());
const rows: string[] = [];
let by = '';
try {
  for (const count of counts) {
    const root = join(scratch, `shards-${count}`);
    rmSync(root, { recursive: true, force: true });
    cpSync(dist, root, { recursive: true });
    const pages = articlePages(root);
    rmSync(join(root, 'pagefind'), { recursive: true });
    const built = await buildSearchIndex(pages, join(root, 'pagefind'), { shardSize: Math.ceil(pages.size / count) });
    const server = await serveSite(root);
    by = server.by;
    try {
      for (const query of QUERIES) {
        // A new context each time: nothing comes from the HTTP cache of an earlier query.
        const context = await browser.newContext();
        const page = await context.newPage();
        const responses: Promise<number>[] = [];
        page.on('requestfinished', (request) => {
          if (new URL(request.url()).pathname.startsWith('/pagefind/'))
            responses.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
        });
        await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
        await page.waitForFunction(() => /共找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, {
          timeout: 30_000,
        });
        await page.waitForLoadState('networkidle');
        const bytes = (await Promise.all(responses)).reduce((a, b) => a + b, 0);
        const found = (await page.textContent('#search-status'))?.match(/共找到 (\d+)/)?.[1] ?? '0';
        rows.push(`| ${built.shards} | ${built.pages} | ${query} | ${found} | ${responses.length} | ${(bytes / 1024).toFixed(1)} |`);
        await context.close();
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}

console.log(`Search cost per query, site ${dist}, served by ${by}\n`);
console.log('| shards | articles | query | results | requests under /pagefind/ | KiB |\n| ---: | ---: | --- | ---: | ---: | ---: |');
console.log(rows.join('\n'));
