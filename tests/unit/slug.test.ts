import { describe, expect, it } from 'vitest';
import { fileSlug, isValidSlug, suggestSlug } from '../../src/lib/slug.ts';

describe('suggestSlug', () => {
  it('turns a Chinese title into a pinyin slug, keeping Latin words whole', () => {
    expect(suggestSlug('拉卡拉POS机怎么激活')).toBe('la-ka-la-pos-ji-zen-me-ji-huo');
    expect(suggestSlug('一年没刷还能用吗？T+1 到账')).toBe('yi-nian-mei-shua-hai-neng-yong-ma-t-1-dao-zhang');
  });
  it('uses v for ü and drops punctuation', () => {
    expect(suggestSlug('费率：绿色')).toBe('fei-lv-lv-se');
  });
  it('stays within 80 characters without cutting a syllable', () => {
    const slug = suggestSlug('拉卡拉'.repeat(30));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(isValidSlug(slug)).toBe(true);
  });
  it('returns an empty string when nothing is left', () => {
    expect(suggestSlug('？！……')).toBe('');
  });
});

describe('isValidSlug / fileSlug', () => {
  it('accepts kebab-case and rejects everything else', () => {
    expect(isValidSlug('pos-fei-lv-2026')).toBe(true);
    for (const bad of ['Pos', 'a--b', '-a', 'a-', 'a_b', '中文', 'a b', '']) expect(isValidSlug(bad), bad).toBe(false);
    expect(isValidSlug('a'.repeat(81))).toBe(false);
  });
  it('takes the file name without the extension', () => {
    expect(fileSlug('content/articles/sub/hello.mdx')).toBe('hello');
    expect(fileSlug('拉卡拉.md')).toBe('拉卡拉');
  });
});
