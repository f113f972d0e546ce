// The build indexes search documents made from the content (src/search/documents.ts) while
// Astro builds the pages. What readers can find must be what the pages say: this indexes the
// built article pages the way Pagefind would on its own and compares the two indexes record by
// record (URL, title, text), on the fixture with its MDX channel mentions, sponsored links,
// raw HTML, FAQ and unpublished articles.
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articlePages, buildSearchIndex, indexRecords as records, splitIntoShards } from '../../src/search/pagefind.ts';
import { build, scratch, type BuildResult } from '../helpers/fixture.ts';

const s = scratch('search');
const fromPages = join(s.dir, 'pagefind-from-pages');
// Where the build writes the documents Pagefind reads (by default /dev/shm, in memory).
const searchScratch = join(s.dir, 'search-scratch');
let result: BuildResult;

beforeAll(async () => {
  rmSync(searchScratch, { recursive: true, force: true });
  result = build(s, { SEARCH_SCRATCH_DIR: searchScratch });
  if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stderr}`);
  rmSync(fromPages, { recursive: true, force: true });
  await buildSearchIndex(articlePages(s.dist), fromPages, { shardSize: 4 });
}, 120_000);

describe('the search index', () => {
  it('holds the same records as an index of the built article pages', () => {
    const built = records(join(s.dist, 'pagefind'));
    const pages = records(fromPages);
    expect([...built.keys()].sort()).toEqual([...pages.keys()].sort());
    for (const [url, record] of pages) expect(built.get(url), url).toEqual(record);
  });

  it('has every published article and nothing unpublished', () => {
    const urls = [...records(join(s.dist, 'pagefind')).keys()];
    expect(urls).toContain('/articles/mdx-demo/');
    expect(urls).toContain('/articles/hidden-page/');
    expect(urls).not.toContain('/articles/draft-post/');
    expect(urls).not.toContain('/articles/future-post/');
    // One record per article page: redirect pages for old slugs carry no searchable body.
    const withBody = readdirSync(join(s.dist, 'articles')).filter(
      (slug) => !readFileSync(join(s.dist, 'articles', slug, 'index.html'), 'utf8').includes('http-equiv="refresh"'),
    );
    expect(urls.sort()).toEqual(withBody.map((slug) => `/articles/${slug}/`).sort());
  });

  it('fails, naming it, when Pagefind leaves out a document instead of losing it silently', async () => {
    const body = (text: string) =>
      `<!DOCTYPE html><html lang="zh-CN"><body><article data-pagefind-body><h1>${text}</h1><p>${text}的正文。</p></article></body></html>`;
    const documents = new Map([
      ['you-zheng-wen', body('有正文')],
      // No element marked data-pagefind-body, while the other document has one: Pagefind skips it.
      ['mei-you-zheng-wen', '<!DOCTYPE html><html lang="zh-CN"><body><p>没有标记正文</p></body></html>'],
    ]);
    const out = join(s.dir, 'pagefind-every-page');
    await expect(buildSearchIndex(documents, out, { everyPage: true })).rejects.toThrow(
      '搜索索引收录了 1 篇文章，应为 2 篇；缺少：mei-you-zheng-wen',
    );
    // Without the option (a built site's redirect pages have no body) it is not an error.
    await expect(buildSearchIndex(documents, out)).resolves.toMatchObject({ pages: 1 });
    rmSync(out, { recursive: true, force: true });
  });

  it('leaves no search scratch folders behind', () => {
    expect(readdirSync(s.dir).filter((name) => /^dist\./.test(name))).toEqual([]);
    // The documents went where they were told to, and were removed from there.
    expect(readdirSync(searchScratch)).toEqual([]);
  });
});

describe('a rebuild with the search cache', () => {
  const cache = join(s.dir, 'search-cache');
  const index = (source: string, name: string, cacheDir?: string) => {
    const out = join(s.dir, name);
    rmSync(out, { recursive: true, force: true });
    return buildSearchIndex(articlePages(source), out, { shardSize: 2, cacheDir }).then((r) => ({ ...r, records: records(out) }));
  };

  it('reuses every unchanged shard, re-indexes only the one with a changed article, and keeps one index', async () => {
    rmSync(cache, { recursive: true, force: true });
    const cold = await index(s.dist, 'cached-cold', cache);
    expect(cold.shards).toBeGreaterThan(2);
    expect(cold.reused).toBe(0);

    const warm = await index(s.dist, 'cached-warm', cache);
    expect(warm.reused).toBe(cold.shards);
    expect(warm.records).toEqual(cold.records);

    const edited = join(s.dir, 'edited-pages');
    rmSync(edited, { recursive: true, force: true });
    cpSync(join(s.dist, 'articles'), join(edited, 'articles'), { recursive: true });
    const page = join(edited, 'articles', 'hello-world', 'index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('第一段直接回答问题。', '第一段直接回答问题。编辑刚加上的一句话。'));
    const after = await index(edited, 'cached-edited', cache);
    expect(after.reused).toBe(cold.shards - 1);
    // The stored text has its words separated by spaces (src/search/words.ts).
    expect(after.records.get('/articles/hello-world/')?.content.replace(/\s/g, '')).toContain('编辑刚加上的一句话');
    expect(after.records).toEqual((await index(edited, 'uncached-edited')).records);
    expect(readdirSync(cache)).toHaveLength(cold.shards);
  }, 60_000);

  it('makes only the documents of the shards it indexes', async () => {
    const made: string[] = [];
    const lazy = (pages: ReadonlyMap<string, string>) =>
      new Map(
        [...pages].map(([slug, html]) => [
          slug,
          {
            key: createHash('sha256').update(html).digest('hex'),
            html: () => {
              made.push(slug);
              return html;
            },
          },
        ]),
      );
    const lazyCache = join(s.dir, 'search-cache-lazy');
    const pages = articlePages(s.dist);
    const run = async (source: ReadonlyMap<string, string>) => {
      made.length = 0;
      const out = join(s.dir, 'lazy');
      rmSync(out, { recursive: true, force: true });
      const result = await buildSearchIndex(lazy(source), out, { shardSize: 2, cacheDir: lazyCache });
      return { ...result, made: [...made].sort() };
    };
    const cold = await run(pages);
    expect(cold.made).toEqual([...pages.keys()].sort());
    const warm = await run(pages);
    expect(warm.made).toEqual([]);
    expect(warm.reused).toBe(cold.shards);
    const edited = new Map(pages);
    edited.set('hello-world', pages.get('hello-world')!.replace('第一段直接回答问题。', '第一段直接回答问题。又加了一句。'));
    const after = await run(edited);
    expect(after.reused).toBe(cold.shards - 1);
    const shard = splitIntoShards([...pages.keys()], 2).find((slugs) => slugs.includes('hello-world'))!;
    expect(after.made).toEqual([...shard].sort());
  }, 60_000);
});
