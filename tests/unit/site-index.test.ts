import { describe, expect, it } from 'vitest';
import { isThinListing, pageCount, sitemapPlan, type IndexedArticle } from '../../src/lib/site-index.ts';

const now = new Date('2026-06-01T00:00:00Z');
const a = (slug: string, over: Partial<IndexedArticle> = {}): IndexedArticle => ({
  slug,
  category: 'fees',
  tags: ['lakala'],
  author: 'ed',
  pubDate: new Date('2026-01-01T00:00:00Z'),
  draft: false,
  noindex: false,
  redirectFrom: [],
  ...over,
});

describe('sitemapPlan', () => {
  const plan = sitemapPlan(
    [
      a('one', { updatedDate: new Date('2026-03-01T00:00:00Z') }),
      a('two', { pubDate: new Date('2026-02-01T00:00:00Z'), noindex: true }),
      a('three', { draft: true, pubDate: new Date('2026-05-01T00:00:00Z') }),
      a('four', { pubDate: new Date('2026-07-01T00:00:00Z') }),
      a('five', { redirectFrom: ['old-five'], category: 'safety', tags: [] }),
    ],
    now,
    1,
  );
  it('gives each article its updated or published date', () => {
    expect(plan.lastmod.get('/articles/one/')?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(plan.lastmod.get('/articles/five/')?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
  it('gives listings the newest published article, on every page', () => {
    expect(plan.lastmod.get('/categories/fees/')?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(plan.lastmod.get('/categories/fees/2/')?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(plan.lastmod.has('/categories/fees/3/')).toBe(false);
    expect(plan.lastmod.get('/')?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });
  it('excludes noindex articles, redirect pages and search; ignores drafts and future posts', () => {
    expect([...plan.exclude].sort()).toEqual(['/articles/old-five/', '/articles/two/', '/search/']);
    expect(plan.lastmod.has('/articles/three/')).toBe(false);
    expect(plan.lastmod.has('/articles/four/')).toBe(false);
  });
});

describe('pageCount', () => {
  it('has at least one page', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(21, 10)).toBe(3);
  });
});

describe('thin listings', () => {
  const articles = [
    a('one', { tags: ['lakala', 'fees'] }),
    a('two', { tags: ['fees'] }),
    a('three', { tags: ['fees'], category: 'safety' }),
    a('four', { draft: true, tags: ['lakala'] }),
  ];
  const plan = sitemapPlan(articles, now, 10, { categories: ['fees', 'safety', 'empty'], tags: ['lakala', 'fees'], thinMin: 2 });
  it('leaves out category and tag pages with fewer published articles than the minimum, empty ones too', () => {
    expect([...plan.exclude].sort()).toEqual(['/categories/empty/', '/categories/safety/', '/search/', '/tags/lakala/']);
    expect(plan.lastmod.has('/tags/lakala/')).toBe(false);
  });
  it('keeps the ones that reach it', () => {
    expect(plan.lastmod.has('/categories/fees/')).toBe(true);
    expect(plan.lastmod.has('/tags/fees/')).toBe(true);
  });
  it('counts published articles only', () => expect(isThinListing(1, 2)).toBe(true));
});
