// Rendered Markdown bodies live in files of their own beside Astro's content store, one per
// digest, instead of inside the store. Astro writes its whole store again whenever one entry
// changes, re-serialising every body with devalue, and the page renderer parses it whole; the
// bodies were over half of it (README, "Performance": incremental builds). What stays in the
// store for a moved body is a stub naming its file; an article page reads its body back
// (withRenderedBody) and hands the entry to Astro's own render(), so images, headings and the
// reading-time frontmatter come out exactly as before.
//
// Only documented APIs: a loader that wraps another (Astro's glob) and gives it the store
// (DataStore) with `set` intercepted.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { unsafeBodyIn } from './unsafe-body.ts';

type DataEntry = Parameters<DataStore['set']>[0];
type RenderedContent = NonNullable<DataEntry['rendered']>;

/** The metadata key of a stub: the body's file name in the bodies folder. */
export const BODY_FILE = 'bodyFile';
const SUFFIX = '.json';

/** The bodies folder inside Astro's cache folder (absolute path). */
export function bodiesDir(cacheDir: string): string {
  return join(cacheDir, 'article-bodies');
}

/** The file a stored entry's body was moved to, or undefined if the store holds it (or none). */
export function bodyFileOf(entry: Pick<DataEntry, 'rendered'>): string | undefined {
  const name = entry.rendered?.metadata?.[BODY_FILE];
  return typeof name === 'string' ? name : undefined;
}

/**
 * Whether a rendered body moves out of the store: not one that carries the rendered check's
 * findings instead of HTML, which every build must see without reading a file per article.
 */
function movable(rendered: RenderedContent | undefined, digest: DataEntry['digest']): rendered is RenderedContent {
  return rendered !== undefined && digest !== undefined && unsafeBodyIn(rendered.html) === undefined;
}

function writeAtomic(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/** The store as the wrapped loader sees it: `set` moves the body to its file and stores a stub. */
function storeMovingBodies(store: DataStore, dir: string): DataStore {
  const set: DataStore['set'] = (entry) => {
    if (!movable(entry.rendered, entry.digest)) return store.set(entry);
    const name = `${entry.digest}${SUFFIX}`;
    writeAtomic(join(dir, name), JSON.stringify(entry.rendered));
    return store.set({ ...entry, rendered: { html: '', metadata: { [BODY_FILE]: name } } });
  };
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'set') return set;
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * `loader` with its rendered bodies kept in files. An entry whose file is gone (a cache partly
 * deleted) is dropped before loading, so the wrapped loader renders it again; files no entry
 * names any more are deleted after.
 */
export function bodiesApart(loader: Loader): Loader {
  return {
    ...loader,
    async load(context: LoaderContext) {
      const dir = bodiesDir(fileURLToPath(context.config.cacheDir));
      mkdirSync(dir, { recursive: true });
      const present = new Set(readdirSync(dir));
      for (const [id, entry] of context.store.entries()) {
        const name = bodyFileOf(entry);
        if (name !== undefined && !present.has(name)) context.store.delete(id);
      }
      await loader.load({ ...context, store: storeMovingBodies(context.store, dir) });
      const named = new Set(context.store.values().map(bodyFileOf));
      for (const name of readdirSync(dir)) {
        if (!named.has(name)) rmSync(join(dir, name), { force: true });
      }
    },
  };
}

/**
 * The entry with its rendered body back in place, ready for Astro's render(); `dir` is the
 * bodies folder. An entry whose body the store holds is returned as it is.
 */
export function withRenderedBody<E extends Pick<DataEntry, 'rendered'>>(entry: E, dir: string): E {
  const name = bodyFileOf(entry);
  if (name === undefined) return entry;
  const file = join(dir, name);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(`内容缓存不完整：找不到正文文件 ${file}。删除缓存目录后重新构建即可。`);
  }
  return { ...entry, rendered: JSON.parse(text) as RenderedContent };
}
