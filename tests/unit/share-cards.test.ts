import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { articleCard, shareCardAlt, shareCardPath, siteShareCards } from '../../src/lib/share-card.ts';
import { fontFile, FontIndex, fontSlices, parseSlices, parseUnicodeRange } from '../../scripts/share-cards/fonts.ts';
import { titleSize } from '../../scripts/share-cards/template.ts';

describe('the card font', () => {
  it('reads unicode-range lists', () => {
    expect(parseUnicodeRange('U+4e00-4e5f, U+4e61')).toEqual([
      [0x4e00, 0x4e5f],
      [0x4e61, 0x4e61],
    ]);
  });
  it("reads the package stylesheet's slices, with the WOFF file of each", () => {
    const css =
      "@font-face { font-weight: 700; src: url(./files/x-5-700-normal.woff2) format('woff2'), url(./files/x-5-700-normal.woff) format('woff'); unicode-range: U+5ad1; }";
    expect(parseSlices(css, 700)).toEqual([{ file: 'x-5-700-normal.woff', weight: 700, ranges: [[0x5ad1, 0x5ad1]] }]);
  });
  it('has a real glyph for every character of a hard title, in the slices chosen for it', () => {
    const title = '鑫犇淼嫑：“拉卡拉”POS机（2026版）一年没刷，还能用吗？ABC xyz 0.6%';
    const { used, missing } = new FontIndex(fontSlices()).slicesFor(title);
    expect(missing).toEqual([]);
    for (const weight of [400, 700]) {
      const fonts = used.filter((s) => s.weight === weight).map((s) => fontkit.openSync(fontFile(s)) as fontkit.Font);
      const absent = [...title.replace(/\s/g, '')].filter((ch) => !fonts.some((f) => f.hasGlyphForCodePoint(ch.codePointAt(0)!)));
      expect(absent, `weight ${weight}`).toEqual([]);
    }
    // A subset: a handful of the ~100 slices per weight.
    expect(used.length).toBeLessThan(40);
  });
  it('says which characters no slice holds', () => {
    expect(new FontIndex(fontSlices()).slicesFor('POS\u{10FFFD}').missing).toEqual(['\u{10FFFD}']);
  });
});

describe('cards', () => {
  const now = new Date('2026-11-30T12:00:00+08:00');
  const data = (over: Record<string, unknown> = {}) => ({
    title: '标题',
    category: 'fees',
    pubDate: new Date('2026-11-10T00:00:00+08:00'),
    draft: false,
    noindex: false,
    ...over,
  });
  it('names a card by what it shows', () => {
    const a = articleCard(data(), '费率与费用');
    expect(shareCardPath(a, 'POS知识站')).toMatch(/^\/og\/[0-9a-f]{20}\.png$/);
    expect(shareCardPath(a, 'POS知识站')).toBe(shareCardPath(articleCard(data(), '费率与费用'), 'POS知识站'));
    expect(shareCardPath(articleCard(data({ title: '标题二' }), '费率与费用'), 'POS知识站')).not.toBe(shareCardPath(a, 'POS知识站'));
    expect(shareCardPath(articleCard(data({ updatedDate: new Date('2026-11-30T00:00:00+08:00') }), '费率与费用'), 'POS知识站')).not.toBe(
      shareCardPath(a, 'POS知识站'),
    );
    expect(shareCardAlt(a, 'POS知识站')).toBe('POS知识站：标题，费率与费用，2026年11月10日');
  });
  it('lists a card for home, channels, about, archive, each author, category and tag, and each indexable article without a cover', () => {
    const cards = siteShareCards(
      {
        name: 'POS知识站',
        tagline: '讲清楚POS机',
        articles: [
          { slug: 'a', data: data() },
          { slug: 'b', data: data({ cover: './b.png' }) },
          { slug: 'c', data: data({ noindex: true }) },
          { slug: 'd', data: data({ draft: true }) },
          { slug: 'e', data: data({ pubDate: new Date('2026-12-01T00:00:00+08:00') }) },
        ],
        categories: new Map([['fees', { name: '费率与费用' }]]),
        tags: new Map([['lakala', { name: '拉卡拉' }]]),
        authors: new Map([['ed', { name: '编辑部' }]]),
      },
      now,
    );
    expect([...cards.keys()].sort()).toEqual([
      '/',
      '/about/',
      '/archive/',
      '/articles/a/',
      '/authors/ed/',
      '/categories/fees/',
      '/channels/',
      '/tags/lakala/',
    ]);
  });
  it('sizes long titles down', () => {
    expect(titleSize('短标题')).toBeGreaterThan(titleSize('一个相当长的标题'.repeat(5)));
  });
});
