// Share cards as crawlers and chat apps fetch them: every indexable page names an og:image that
// exists in dist/, is a 1200×630 PNG and differs from page to page; an article with a cover
// shares its cover; a second build with one article changed draws one card and reuses the rest.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { article, build, builtPages, scratch, type BuildResult } from '../helpers/fixture.ts';

const s = scratch('share-cards');
const SITE = 'https://fixture.example.com';
let first: BuildResult;
let pages: { path: string; doc: ReturnType<typeof parse> }[] = [];

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (file: string) => {
  const head = readFileSync(file).subarray(0, 24);
  expect(head.subarray(1, 4).toString()).toBe('PNG');
  return [head.readUInt32BE(16), head.readUInt32BE(20)];
};

beforeAll(() => {
  // Enough articles in "alpha" and "t-one" that their listings are indexable (not thin).
  for (let i = 1; i <= 3; i++)
    s.write(`articles/extra-${i}.md`, article({ title: `补充文章${i}：鑫犇淼嫑`, category: 'alpha', tags: '[t-one]' }));
  first = build(s);
  if (first.status !== 0) throw new Error(first.stderr);
  pages = builtPages(s.dist)
    .filter((p) => p.file.endsWith('index.html'))
    .map(({ path, html }) => ({ path, doc: parse(html) }))
    .filter((p) => !(p.doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '').includes('noindex'));
});

const meta = (doc: ReturnType<typeof parse>, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

describe('share cards', () => {
  it('gives every indexable page an og:image that exists, 1200×630, with its size, type and alt', () => {
    expect(pages.length).toBeGreaterThan(8);
    for (const { path, doc } of pages) {
      const image = meta(doc, 'og:image');
      expect(image, path).toMatch(new RegExp(`^${SITE}/`));
      const file = join(s.dist, new URL(image!).pathname);
      expect(existsSync(file), `${path} → ${image}`).toBe(true);
      expect(meta(doc, 'twitter:card'), path).toBe('summary_large_image');
      expect(meta(doc, 'og:image:alt'), path).toBeTruthy();
      if (path === '/articles/hello-world/') continue; // shares its cover, below
      expect(pngSize(file), path).toEqual([1200, 630]);
      expect([meta(doc, 'og:image:width'), meta(doc, 'og:image:height'), meta(doc, 'og:image:type')], path).toEqual([
        '1200',
        '630',
        'image/png',
      ]);
    }
  });

  it('draws a different card for each page', () => {
    const cards = pages.filter((p) => p.path !== '/articles/hello-world/' && !/\/\d+\/$/.test(p.path)).map((p) => meta(p.doc, 'og:image')!);
    expect(new Set(cards).size).toBe(cards.length);
    const digests = new Set(
      cards.map((url) =>
        createHash('sha256')
          .update(readFileSync(join(s.dist, new URL(url).pathname)))
          .digest('hex'),
      ),
    );
    expect(digests.size).toBe(cards.length);
  });

  it("shares an article's cover instead of a card, and names the picture in the Article JSON-LD", () => {
    const doc = pages.find((p) => p.path === '/articles/hello-world/')!.doc;
    expect(meta(doc, 'og:image')).toMatch(/\/_astro\/hello-cover\..*\.png$/);
    const withCard = pages.find((p) => p.path === '/articles/extra-1/')!.doc;
    const graph = JSON.parse(withCard.querySelector('script[type="application/ld+json"]')!.textContent)['@graph'] as {
      '@type': string;
      image?: string[];
    }[];
    expect(graph.find((n) => n['@type'] === 'Article')!.image).toEqual([meta(withCard, 'og:image')]);
  });

  it('draws only the changed card on the next build', () => {
    expect(first.stdout).toMatch(/分享卡片：新画 \d+ 张，沿用 0 张（[\d.]+ 秒/);
    const total = Number(/新画 (\d+) 张/.exec(first.stdout)![1]);
    s.write('articles/extra-2.md', article({ title: '补充文章2：改过的标题', category: 'alpha', tags: '[t-one]' }));
    const second = build(s);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain(`分享卡片：新画 1 张，沿用 ${total - 1} 张（`);
  });
});
