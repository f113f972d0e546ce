import { describe, expect, it } from 'vitest';
import { buildArticleIndex, checkInternalLink, findOrphans, internalTarget, resolveArticle } from '../../../src/lib/lint/links.ts';

const SITE = 'https://pos.example.com';

describe('internalTarget', () => {
  it('reads article, category and tag links, relative or on the site’s own host', () => {
    expect(internalTarget('/articles/pos-fei-lv-zen-me-kan/', SITE)).toEqual({
      kind: 'articles',
      id: 'pos-fei-lv-zen-me-kan',
      noSlash: false,
    });
    expect(internalTarget('https://www.pos.example.com/articles/a/#fee', SITE)).toEqual({ kind: 'articles', id: 'a', noSlash: false });
    expect(internalTarget('/categories/fees/2/', SITE)).toEqual({ kind: 'categories', id: 'fees', noSlash: false });
    expect(internalTarget('/tags/lakala', SITE)).toEqual({ kind: 'tags', id: 'lakala', noSlash: true });
  });
  it('ignores other sites and other pages', () => {
    for (const url of ['https://www.lakala.com/articles/a/', '/about/', '#faq', 'mailto:a@b.cn', '../a/'])
      expect(internalTarget(url, SITE), url).toBeUndefined();
  });
});

describe('checkInternalLink', () => {
  const index = buildArticleIndex([
    { slug: 'pos-fei-lv-zen-me-kan', file: 'a.md', published: true, redirectFrom: ['fei-lv'] },
    { slug: 'wei-fa-bu', file: 'b.md', published: false, redirectFrom: [] },
  ]);
  const known = { categories: new Set(['fees']), tags: new Set(['lakala']) };
  const check = (url: string, fromPublished = true) => checkInternalLink(url, internalTarget(url, SITE)!, index, known, fromPublished);

  it('accepts links to live articles, categories and tags', () => {
    expect(check('/articles/pos-fei-lv-zen-me-kan/')).toBeUndefined();
    expect(check('/categories/fees/')).toBeUndefined();
    expect(check('/tags/lakala/')).toBeUndefined();
  });
  it('rejects links to articles, categories and tags that do not exist', () => {
    expect(check('/articles/bu-cun-zai/')).toMatchObject({ severity: 'error' });
    expect(check('/articles/bu-cun-zai/')!.message).toContain('“bu-cun-zai”');
    expect(check('/categories/nope/')).toMatchObject({ severity: 'error' });
    expect(check('/tags/nope/')).toMatchObject({ severity: 'error' });
  });
  it('warns about old slugs, unpublished targets and a missing trailing slash', () => {
    expect(check('/articles/fei-lv/')).toMatchObject({ severity: 'warning' });
    expect(check('/articles/fei-lv/')!.message).toContain('/articles/pos-fei-lv-zen-me-kan/');
    expect(check('/articles/wei-fa-bu/')).toMatchObject({ severity: 'warning' });
    expect(check('/articles/wei-fa-bu/', false)).toBeUndefined();
    expect(check('/articles/pos-fei-lv-zen-me-kan')!.message).toContain('“/articles/pos-fei-lv-zen-me-kan/”');
  });
  it('follows redirects when resolving', () => {
    expect(resolveArticle(internalTarget('/articles/fei-lv/', SITE)!, index)).toBe('pos-fei-lv-zen-me-kan');
  });
});

describe('findOrphans', () => {
  const a = (slug: string, linksTo: string[], extra: Partial<{ published: boolean; noindex: boolean }> = {}) => ({
    slug,
    file: `${slug}.md`,
    published: true,
    noindex: false,
    linksTo: new Set(linksTo),
    ...extra,
  });
  it('lists published articles no other published article links to', () => {
    const orphans = findOrphans([
      a('a', ['b']),
      a('b', ['a']),
      a('c', ['c']),
      a('d', [], { published: false }),
      a('e', ['c'], { published: false }),
    ]);
    // c links only to itself and e is a draft: c is an orphan; d is a draft and not reported.
    expect(orphans).toEqual(['c.md']);
  });
  it('does not report noindex pages, but counts the links on them', () => {
    expect(findOrphans([a('a', []), a('b', ['a'], { noindex: true })])).toEqual([]);
    expect(findOrphans([a('a', ['b']), a('b', [], { noindex: true })])).toEqual(['a.md']);
  });
});
