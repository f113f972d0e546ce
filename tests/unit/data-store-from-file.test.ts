import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CONTENT_DATA_META,
  DATA_STORE_FILE,
  DATA_STORE_MODULE_ID,
  dataStoreFromFile,
  NOT_APPLIED,
} from '../../src/lib/data-store-from-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'data-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A store shaped like Astro's (devalue's flat form), with the characters a literal must escape.
const store = JSON.stringify([['Map', 1, 2], 'articles', { html: '<p>一年没刷还能用吗？"引号"\\ 与 \u2028 换行</p>' }]);
writeFileSync(join(dir, DATA_STORE_FILE), store);
// What Astro's loader emits for the same file (astro/dist/content/vite-plugin-content-virtual-mod.js).
const astroCode = `export default JSON.parse(${JSON.stringify(store)})`;

let written = 0;
async function evaluate(code: string): Promise<unknown> {
  const file = join(dir, `module-${written++}.mjs`);
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

describe('dataStoreFromFile', () => {
  const plugin = dataStoreFromFile(dir);
  const load = (id: string, p = plugin) => p.load.handler(id);

  it('is a build-only plugin whose loader runs before Astro’s', () => {
    expect(plugin.apply).toBe('build');
    expect(plugin.load.order).toBe('pre');
    expect(plugin.load.filter.id.test(DATA_STORE_MODULE_ID)).toBe(true);
    expect(plugin.load.filter.id.test('/src/pages/index.astro')).toBe(false);
  });

  it('loads the store from its file: a small module with the same value as Astro’s inlined one', async () => {
    const loaded = load(DATA_STORE_MODULE_ID);
    // Content data to Astro's incremental build: its changes are tracked per page.
    expect(loaded?.meta).toEqual(CONTENT_DATA_META);
    const code = loaded?.code;
    expect(code).toBeDefined();
    expect(code!.length).toBeLessThan(300);
    expect(code).not.toContain('一年没刷');
    expect(await evaluate(code!)).toEqual(await evaluate(astroCode));
  });

  it('leaves other modules to their loaders', () => {
    expect(load('\0astro:content')).toBeUndefined();
    expect(load('/src/pages/index.astro')).toBeUndefined();
  });

  it('leaves the store to Astro when there is no store file, or when it is a chunked store', () => {
    expect(load(DATA_STORE_MODULE_ID, dataStoreFromFile(join(dir, 'missing')))).toBeUndefined();
    const chunked = mkdtempSync(join(tmpdir(), 'data-store-chunked-'));
    writeFileSync(join(chunked, DATA_STORE_FILE), JSON.stringify({ articles: ['chunk-0.json'] }));
    expect(load(DATA_STORE_MODULE_ID, dataStoreFromFile(chunked))).toBeUndefined();
    rmSync(chunked, { recursive: true, force: true });
  });

  // A renderer bundle that holds Astro's content runtime but whose store module never reached
  // this plugin: Astro renamed it, and the build must say so instead of getting slow again.
  const rendererBundle = { 'chunks/runtime.mjs': { type: 'chunk', moduleIds: ['/x/node_modules/astro/dist/content/runtime.js'] } };
  it('fails the build when the store module never reached it', () => {
    expect(() => dataStoreFromFile(dir).generateBundle(undefined, rendererBundle)).toThrow(NOT_APPLIED);
  });

  it('passes the build when it loaded the store, or when no bundle renders content', () => {
    const applied = dataStoreFromFile(dir);
    applied.load.handler(DATA_STORE_MODULE_ID);
    expect(() => applied.generateBundle(undefined, rendererBundle)).not.toThrow();
    expect(() =>
      dataStoreFromFile(dir).generateBundle(undefined, { 'client.js': { type: 'chunk', moduleIds: ['/src/search/browser.ts'] } }),
    ).not.toThrow();
    expect(() => dataStoreFromFile(join(dir, 'missing')).generateBundle(undefined, rendererBundle)).not.toThrow();
  });
});
