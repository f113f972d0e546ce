// `astro dev` (what `./site dev` starts) previews drafts and scheduled articles for editors: at
// their URLs with a banner and robots noindex, and in listings with a mark. A production build
// leaves them out everywhere (tests/build/site.test.ts).
import { spawnSync } from 'node:child_process';
import { basename } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { article, ROOT, scratch } from '../helpers/fixture.ts';

const s = scratch('dev-server');
// The fixture's scheduled article (2026-12-01, after FIXTURE_NOW), with a tag for the tag listing.
s.write(
  'articles/future-post.md',
  article({ title: '定时发布的文章', pubDate: '2026-12-01', category: 'alpha', tags: '[t-one]' }, '未来正文。'),
);
let server: DevServer;
let newDraft: string;

beforeAll(async () => {
  // What the guide's first step does: `./site new` writes a draft.
  const created = spawnSync(process.execPath, ['scripts/new-article.ts', '开发预览里的新草稿', '--category', 'alpha'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: s.content },
  });
  if (created.status !== 0) throw new Error(created.stderr);
  newDraft = basename(created.stdout.trim(), '.md');
  server = await startDevServer(s);
});
afterAll(async () => {
  await server?.close();
});

async function get(path: string): Promise<{ status: number; html: HTMLElement }> {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, html: parse(await response.text()) };
}
const robots = (html: HTMLElement) => html.querySelector('meta[name="robots"]')?.getAttribute('content');
const banner = (html: HTMLElement) => html.querySelector('.preview-banner strong')?.text;
/** Each card's title with its mark, as the listing shows it. */
const cards = (html: HTMLElement) => html.querySelectorAll('.card :is(h2, h3)').map((h) => h.text.replace(/\s+/g, ' ').trim());

describe('the dev server', () => {
  it('shows a draft at its URL with a 草稿 banner, never indexable', async () => {
    const { status, html } = await get('/articles/draft-post/');
    expect(status, server.output()).toBe(200);
    expect(html.querySelector('h1')?.text).toBe('草稿文章');
    expect(banner(html)).toBe('草稿');
    expect(html.querySelector('.preview-banner')?.text).toContain('正式构建不会生成这个页面');
    expect(robots(html)).toContain('noindex');
    expect(html.querySelector('script[type="application/ld+json"]')).toBeNull();
  });

  it('shows a scheduled article with its moment in Beijing time', async () => {
    const { status, html } = await get('/articles/future-post/');
    expect(status).toBe(200);
    expect(banner(html)).toBe('定时发布：2026年12月1日 00:00（北京时间）');
    expect(robots(html)).toContain('noindex');
  });

  it('shows a new draft from `./site new` as soon as it is written', async () => {
    expect(newDraft).toBe('kai-fa-yu-lan-li-de-xin-cao-gao');
    const { status, html } = await get(`/articles/${newDraft}/`);
    expect(status, server.output()).toBe(200);
    expect(html.querySelector('h1')?.text).toBe('开发预览里的新草稿');
    expect(banner(html)).toBe('草稿');
  });

  it('leaves published articles as readers get them, their links to a draft marked', async () => {
    const { status, html } = await get('/articles/hello-world/');
    expect(status).toBe(200);
    expect(html.querySelector('.preview-banner')).toBeNull();
    expect(robots(html)).not.toContain('noindex');
    // Its neighbour in the category (by date) is the draft.
    expect(html.querySelector('nav[aria-label="同分类文章"]')?.text).toContain('下一篇：草稿 草稿文章');
  });

  it('lists drafts and scheduled articles on home, category and tag pages, marked', async () => {
    for (const path of ['/', '/categories/alpha/']) {
      const titles = cards((await get(path)).html);
      expect(titles, path).toContain('草稿 草稿文章');
      expect(titles, path).toContain('定时 定时发布的文章');
      expect(titles, path).toContain('你好，世界：测试文章');
    }
    expect(cards((await get('/tags/t-one/')).html)).toContain('定时 定时发布的文章');
    expect((await get('/archive/')).html.querySelector('main')?.text).toContain('草稿 草稿文章');
  });

  it('keeps the feed to what a build publishes', async () => {
    const feed = await (await fetch(`${server.url}/rss.xml`)).text();
    expect(feed).toContain('/articles/hello-world/');
    expect(feed).not.toContain('draft-post');
    expect(feed).not.toContain('future-post');
  });
});
