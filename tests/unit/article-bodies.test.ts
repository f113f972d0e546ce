import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { bodiesApart, bodiesDir, bodyFileOf, withRenderedBody } from '../../src/lib/article-bodies.ts';
import { unsafeBodyComment } from '../../src/lib/unsafe-body.ts';

type Entry = Parameters<DataStore['set']>[0];

const root = mkdtempSync(join(tmpdir(), 'article-bodies-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A store as Astro's loaders see it, kept in a Map that the test can read (and keep across loads). */
function memoryStore(entries = new Map<string, Entry>()) {
  const imports: string[] = [];
  const store: DataStore = {
    get: (key) => entries.get(key) as never,
    entries: () => [...entries],
    set: (entry) => {
      entries.set(entry.id, entry);
      return true;
    },
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    delete: (key) => void entries.delete(key),
    clear: () => entries.clear(),
    has: (key) => entries.has(key),
    addModuleImport: (file) => void imports.push(file),
  };
  return { store, entries, imports };
}

/** A loader that, like Astro's glob(), renders and stores what its store does not hold at the same digest. */
function renderingLoader(files: Record<string, { digest: string; html: string }>, rendered: string[]): Loader {
  return {
    name: 'test-loader',
    load: async ({ store }) => {
      for (const [id, { digest, html }] of Object.entries(files)) {
        if (store.get(id)?.digest === digest) continue;
        rendered.push(id);
        store.set({
          id,
          data: {},
          digest,
          filePath: `content/${id}.md`,
          rendered: { html, metadata: { headings: [], frontmatter: { readingMinutes: 2 } } },
        });
      }
      store.addModuleImport('content/x.mdx');
    },
  };
}

function load(cacheDir: string, loader: Loader, store: DataStore) {
  const context = { config: { cacheDir: pathToFileURL(`${cacheDir}/`) }, store } as unknown as LoaderContext;
  return bodiesApart(loader).load(context);
}

describe('bodiesApart', () => {
  it('keeps each rendered body in a file of its own and a stub in the store, read back whole for the page', async () => {
    const cacheDir = join(root, 'one');
    const { store, entries, imports } = memoryStore();
    const rendered: string[] = [];
    await load(
      cacheDir,
      renderingLoader({ a: { digest: 'd1', html: '<p>甲</p>' }, b: { digest: 'd2', html: '<p>乙</p>' } }, rendered),
      store,
    );
    expect(rendered).toEqual(['a', 'b']);
    const stub = entries.get('a')!;
    expect(stub.rendered?.html).toBe('');
    expect(bodyFileOf(stub)).toBe('d1.json');
    expect(readdirSync(bodiesDir(cacheDir)).sort()).toEqual(['d1.json', 'd2.json']);
    // The rest of the store is the wrapped loader's own.
    expect(imports).toEqual(['content/x.mdx']);
    const whole = withRenderedBody(stub, bodiesDir(cacheDir));
    expect(whole.rendered).toEqual({ html: '<p>甲</p>', metadata: { headings: [], frontmatter: { readingMinutes: 2 } } });
    expect(whole.digest).toBe('d1');
  });

  it('renders again an entry whose file is gone, and deletes files no entry names', async () => {
    const cacheDir = join(root, 'two');
    const { store } = memoryStore();
    await load(cacheDir, renderingLoader({ a: { digest: 'd1', html: '<p>甲</p>' }, b: { digest: 'd2', html: '<p>乙</p>' } }, []), store);
    rmSync(join(bodiesDir(cacheDir), 'd1.json'));
    const rendered: string[] = [];
    // b edited: its old body file goes.
    await load(
      cacheDir,
      renderingLoader({ a: { digest: 'd1', html: '<p>甲</p>' }, b: { digest: 'd3', html: '<p>乙改</p>' } }, rendered),
      store,
    );
    expect(rendered).toEqual(['a', 'b']);
    expect(readdirSync(bodiesDir(cacheDir)).sort()).toEqual(['d1.json', 'd3.json']);
  });

  it('leaves in the store a body that carries the rendered check’s findings, so every build sees them', async () => {
    const cacheDir = join(root, 'three');
    const { store, entries } = memoryStore();
    const failed = `<!--${unsafeBodyComment({ mdx: false, violations: [{ kind: 'raw', found: '<script>' }] })}-->`;
    await load(cacheDir, renderingLoader({ bad: { digest: 'd9', html: failed } }, []), store);
    expect(entries.get('bad')!.rendered?.html).toBe(failed);
    expect(existsSync(join(bodiesDir(cacheDir), 'd9.json'))).toBe(false);
  });
});

describe('withRenderedBody', () => {
  it('returns an entry whose body the store holds as it is', () => {
    const entry = { id: 'x', rendered: { html: '<p>x</p>' } };
    expect(withRenderedBody(entry, join(root, 'none'))).toBe(entry);
  });

  it('names the missing file and what to do, in Chinese', () => {
    expect(() => withRenderedBody({ rendered: { html: '', metadata: { bodyFile: 'gone.json' } } }, join(root, 'none'))).toThrow(
      /内容缓存不完整：找不到正文文件 .*gone\.json。删除缓存目录后重新构建即可。/,
    );
  });
});
