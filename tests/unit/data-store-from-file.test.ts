import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_STORE_FILE, DATA_STORE_MODULE_ID, dataStoreFromFile } from '../../src/lib/data-store-from-file.ts';

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

  it('is a build-only plugin', () => {
    expect(plugin.apply).toBe('build');
  });

  it('replaces the inlined store with a module that reads the file and gives the same value', async () => {
    const code = plugin.transform(astroCode, DATA_STORE_MODULE_ID);
    expect(code).toBeDefined();
    expect(code!.length).toBeLessThan(300);
    expect(code).not.toContain('一年没刷');
    expect(await evaluate(code!)).toEqual(await evaluate(astroCode));
  });

  it('leaves other modules alone', () => {
    expect(plugin.transform(astroCode, '\0astro:content')).toBeUndefined();
    expect(plugin.transform('export default 1', '/src/pages/index.astro')).toBeUndefined();
  });

  it("leaves Astro's code for an empty store alone, and does nothing without a store file", () => {
    expect(plugin.transform('export default new Map()', DATA_STORE_MODULE_ID)).toBeUndefined();
    expect(dataStoreFromFile(join(dir, 'missing')).transform(astroCode, DATA_STORE_MODULE_ID)).toBeUndefined();
  });
});
