// Astro hands its content store to the page renderer as one JavaScript module,
// `export default JSON.parse("<the whole store as a string literal>")`. Node compiles that module
// before the first page renders, and compiling a string literal of tens of megabytes is far slower
// than parsing the same JSON from a file: at 10,000 articles (a 53-million-character store) 36 s
// against 1.9 s on this machine (issue 8 note). The store is a file in Astro's cache that the
// content sync writes before the pages are bundled and rendered on the same machine, so in a
// build the module can read it instead of carrying it. `astro dev` keeps Astro's own module.
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';

/** Astro's id for the content store module (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';
/** The store file in Astro's cache folder (astro/dist/content/paths.js). */
export const DATA_STORE_FILE = 'data-store.json';

/** The module's code: the store parsed from its file when the renderer starts. */
export function dataStoreModule(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

// Astro's single-file store is devalue's flat array; with experimental.collectionStorage set the
// file is a manifest object of chunk files instead, which only Astro's own module can load.
function isSingleFileStore(file: string): boolean {
  if (!existsSync(file)) return false;
  const fd = openSync(file, 'r');
  try {
    const first = Buffer.alloc(1);
    return readSync(fd, first, 0, 1, 0) === 1 && first.toString() === '[';
  } finally {
    closeSync(fd);
  }
}

/** A Vite plugin for `astro build`; `cacheDir` is the absolute path Astro is given as cacheDir. */
export function dataStoreFromFile(cacheDir: string) {
  const file = join(cacheDir, DATA_STORE_FILE);
  return {
    name: 'pos:data-store-from-file',
    apply: 'build' as const,
    load: {
      // Before Astro's loader for the same id, which would read, check and re-escape the whole
      // store only for this module to replace it (4.7 s of CPU at 10,000 articles).
      order: 'pre' as const,
      filter: { id: new RegExp(`^${DATA_STORE_MODULE_ID}$`) },
      handler(id: string): string | undefined {
        if (id !== DATA_STORE_MODULE_ID || !isSingleFileStore(file)) return undefined;
        return dataStoreModule(file);
      },
    },
  };
}
