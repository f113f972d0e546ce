import { describe, expect, it } from 'vitest';
import { netlifyRedirects, redirectList } from '../../src/lib/redirects.ts';

const now = new Date('2026-06-01T00:00:00Z');
const a = (slug: string, redirectFrom: string[], over: { draft?: boolean; pubDate?: Date } = {}) => ({
  slug,
  redirectFrom,
  draft: false,
  noindex: false,
  pubDate: new Date('2026-01-01T00:00:00Z'),
  ...over,
});

describe('redirectList', () => {
  it('maps every old slug of a published article to its URL, sorted', () => {
    expect(redirectList([a('new', ['z-old', 'a-old']), a('other', [])], now)).toEqual([
      { from: '/articles/a-old/', to: '/articles/new/' },
      { from: '/articles/z-old/', to: '/articles/new/' },
    ]);
  });
  it('does not point old URLs at drafts or scheduled posts', () => {
    expect(redirectList([a('d', ['x'], { draft: true }), a('f', ['y'], { pubDate: new Date('2027-01-01T00:00:00Z') })], now)).toEqual([]);
  });
});

describe('netlifyRedirects', () => {
  it('writes 301s with and without the trailing slash', () => {
    expect(netlifyRedirects([{ from: '/articles/a/', to: '/articles/b/' }])).toBe(
      '/articles/a/ /articles/b/ 301\n/articles/a /articles/b/ 301\n',
    );
    expect(netlifyRedirects([])).toBe('');
  });
});
