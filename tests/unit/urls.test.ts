import { describe, expect, it } from 'vitest';
import { absoluteUrl, paths } from '../../src/lib/urls.ts';
import { robotsTxt } from '../../src/lib/robots.ts';

describe('absoluteUrl', () => {
  it('joins with or without a trailing slash on the site URL', () => {
    expect(absoluteUrl('/articles/a/', 'https://x.cn')).toBe('https://x.cn/articles/a/');
    expect(absoluteUrl('articles/a/', 'https://x.cn/')).toBe('https://x.cn/articles/a/');
  });
  it('keeps a site served under a sub-path', () => expect(absoluteUrl('/rss.xml', 'https://x.cn/pos')).toBe('https://x.cn/pos/rss.xml'));
});

describe('paths', () => {
  it('puts page 1 of a listing at its root and later pages under a number', () => {
    expect(paths.category('fees')).toBe('/categories/fees/');
    expect(paths.category('fees', 1)).toBe('/categories/fees/');
    expect(paths.tag('lakala', 3)).toBe('/tags/lakala/3/');
  });
});

describe('robotsTxt', () => {
  it('names the absolute sitemap index', () => {
    expect(robotsTxt('https://x.cn')).toContain('Sitemap: https://x.cn/sitemap-index.xml');
    expect(robotsTxt('https://x.cn')).toMatch(/^User-agent: \*/);
  });
});
