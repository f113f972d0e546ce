// --changed-since: which changed article files become which URLs (the git part runs against a
// real repository in tests/build/notify.test.ts).
import { describe, expect, it } from 'vitest';
import { articleTargets } from '../../../scripts/notify/changed.ts';
import type { ValidArticle } from '../../../src/schema/validate.ts';

const NOW = new Date('2026-06-01T04:00:00Z');
const article = (file: string, slug: string, data: Record<string, unknown> = {}) =>
  ({
    file,
    slug,
    body: '',
    data: { draft: false, noindex: false, pubDate: new Date('2026-05-01T00:00:00Z'), ...data },
  }) as unknown as ValidArticle;

const articles = [
  article('content/articles/hello.md', 'hello'),
  article('content/articles/中文.md', 'zhong-wen', { updatedDate: new Date('2026-05-20T00:00:00Z') }),
  article('content/articles/draft.md', 'draft', { draft: true }),
  article('content/articles/later.md', 'later', { pubDate: new Date('2026-07-01T00:00:00Z') }),
  article('content/articles/hidden.md', 'hidden', { noindex: true }),
];

describe('articleTargets', () => {
  it('gives each changed article its URL under its slug and the sitemap’s lastmod', () => {
    const { targets, skipped } = articleTargets(['/p/content/articles/hello.md', '/p/content/articles/中文.md'], articles, {
      root: '/p',
      now: NOW,
      siteUrl: 'https://x.cn',
    });
    expect(targets).toEqual([
      { url: 'https://x.cn/articles/hello/', lastmod: '2026-05-01T00:00:00.000Z' },
      { url: 'https://x.cn/articles/zhong-wen/', lastmod: '2026-05-20T00:00:00.000Z' },
    ]);
    expect(skipped).toEqual([]);
  });

  it('leaves out what the sitemap leaves out, saying why', () => {
    const files = ['draft', 'later', 'hidden', 'gone'].map((name) => `/p/content/articles/${name}.md`);
    const { targets, skipped } = articleTargets(files, articles, { root: '/p', now: NOW, siteUrl: 'https://x.cn' });
    expect(targets).toEqual([]);
    expect(skipped.map((s) => s.reason)).toEqual(['草稿', '定时发布，还没到发布时间', 'noindex，不进 sitemap', '不是有效的文章']);
  });
});
