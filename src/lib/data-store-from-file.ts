// The one place this project reaches into Astro's private parts; checked against Astro 7.3.5.
//
// Astro hands its content store to the page renderer as one JavaScript module,
// `export default JSON.parse("<the whole store as a string literal>")`. Node compiles that module
// before the first page renders, and compiling a string literal of tens of megabytes is far
// slower than parsing the same JSON from a file (README, "Performance": the content store). The
// store is a file in Astro's cache that the content sync writes before the pages are bundled and
// rendered on the same machine, so in a build the module can read it instead of carrying it.
// Astro's documented options for the same problem were measured and cost more (README): glob's
// `deferRender` makes every article a module of the bundle; `experimental.collectionStorage:
// 'chunked'` splits the literal but writes its chunks character by character.
//
// What it relies on, all from astro/dist/content and astro/dist/core/build:
// - the module's id (DATA_STORE_MODULE_ID, consts.js) and the store file's name (paths.js);
// - the single-file store being devalue's flat array;
// - the metadata that tells `experimental.incrementalBuild` this module is content data, whose
//   changes are tracked per page, not a change of every page's code (incremental-metadata.js).
// - the name of the incremental build's manifest in the cache folder (incremental.js), whose size
//   and time tell the build script whether the previous site is the one Astro's cache describes
//   (scripts/lib/reuse-output.ts).
// If Astro renames the module, the build fails (below) rather than silently getting slow again;
// if it renames the metadata, incremental builds re-render every page (slow, still correct).
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Astro's id for the content store module. */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';
/** The store file in Astro's cache folder. */
export const DATA_STORE_FILE = 'data-store.json';
/** The incremental build's manifest in Astro's cache folder. If Astro renames it, no site is ever reused (slower, still correct). */
export const INCREMENTAL_MANIFEST_FILE = 'incremental-build.json';
/** How a module marks itself as content data for Astro's incremental build. */
export const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } } as const;

const READER = fileURLToPath(new URL('./json-array-file.ts', import.meta.url));

/**
 * The module's code: the store parsed from its file when the renderer starts, in slices, so a
 * store larger than a JavaScript string can be (100,000 articles) is read too.
 */
export function dataStoreModule(file: string): string {
  return `import { readJsonArrayFile } from ${JSON.stringify(READER)};\nexport default readJsonArrayFile(${JSON.stringify(file)});\n`;
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

/** The error a build ends with when the store file was there but the module never came to us. */
export const NOT_APPLIED =
  '内部错误（请交给开发者）：src/lib/data-store-from-file.ts 没有生效：Astro 没有加载内容存储模块 ' +
  `${JSON.stringify(DATA_STORE_MODULE_ID)}，多半是升级 Astro 后它改了名字。请按该文件开头的说明对照新版 Astro 检查。`;

/** A Vite plugin for `astro build`; `cacheDir` is the absolute path Astro is given as cacheDir. */
export function dataStoreFromFile(cacheDir: string) {
  const file = join(cacheDir, DATA_STORE_FILE);
  let applied = false;
  return {
    name: 'pos:data-store-from-file',
    apply: 'build' as const,
    load: {
      // Before Astro's loader for the same id, which would read, check and re-escape the whole
      // store only for this module to replace it.
      order: 'pre' as const,
      filter: { id: new RegExp(`^${DATA_STORE_MODULE_ID}$`) },
      handler(id: string) {
        if (id !== DATA_STORE_MODULE_ID || !isSingleFileStore(file)) return undefined;
        applied = true;
        return { code: dataStoreModule(file), meta: CONTENT_DATA_META };
      },
    },
    // The server bundle (the one that renders pages) always imports the store; the client
    // bundle never does, so only a bundle that holds Astro's content runtime is checked.
    generateBundle(_options: unknown, bundle: Record<string, { type: string; moduleIds?: string[] }>) {
      const rendersContent = Object.values(bundle).some((chunk) =>
        chunk.moduleIds?.some((id) => id.includes('astro/dist/content/runtime')),
      );
      if (rendersContent && isSingleFileStore(file) && !applied) throw new Error(NOT_APPLIED);
    },
  };
}
