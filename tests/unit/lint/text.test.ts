import { describe, expect, it } from 'vitest';
import { displayWidth, inRanges, locateInFrontmatter, quote, quotedRanges } from '../../../src/lib/lint/text.ts';

describe('displayWidth', () => {
  it('counts Chinese characters and full-width punctuation as 2, Latin as 1', () => {
    expect(displayWidth('POS')).toBe(3);
    expect(displayWidth('拉卡拉')).toBe(6);
    expect(displayWidth('拉卡拉POS机一年没刷还能用吗？')).toBe(6 + 3 + 20);
    expect(displayWidth('“退押金”')).toBe(10);
    expect(displayWidth('0.38% T+1')).toBe(9);
  });
});

describe('quote', () => {
  it('quotes and shortens, flattening line breaks', () => {
    expect(quote('刷卡')).toBe('“刷卡”');
    expect(quote('一二三四五六', 4)).toBe('“一二三四…”');
    expect(quote('第一行\n第二行')).toBe('“第一行 第二行”');
  });
});

describe('locateInFrontmatter', () => {
  const raw = '---\ntitle: 拉卡拉POS机\nfaq:\n  - q: 刷ka怎么办？\n    a: 看协议。\n---\n正文 刷ka\n';
  it('finds a value on or after its key line, not in the body', () => {
    expect(locateInFrontmatter(raw, 2, 'POS机')).toEqual({ line: 2, column: 11 });
    expect(locateInFrontmatter(raw, 3, '刷ka')).toEqual({ line: 4, column: 8 });
    expect(locateInFrontmatter(raw, 3, '不存在')).toEqual({ line: 3, column: 1 });
  });
});

describe('quotedRanges', () => {
  it('covers text in “”, 「」, 『』 and straight quotes, marks included; an unclosed mark quotes nothing', () => {
    const text = '他说“全网最低”，页面写「行业第一」和"最佳"，还有“没闭合';
    const quoted = quotedRanges(text).map(([start, end]) => text.slice(start, end));
    expect(quoted).toEqual(['“全网最低”', '「行业第一」', '"最佳"']);
  });
  it('tells whether a span overlaps a range', () => {
    const ranges = quotedRanges('说“最低”了');
    expect(inRanges(ranges, 2, 2)).toBe(true);
    expect(inRanges(ranges, 5, 1)).toBe(false);
  });
});
