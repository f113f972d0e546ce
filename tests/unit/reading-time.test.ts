import { describe, expect, it } from 'vitest';
import { countCjk, readingMinutes, stripMarkdown } from '../../src/lib/reading-time.ts';

describe('readingMinutes', () => {
  it('counts Chinese characters, not words', () => {
    expect(readingMinutes('字'.repeat(2000))).toBe(5);
    expect(readingMinutes('字'.repeat(10))).toBe(1);
  });
  it('adds Latin words at their own pace', () => {
    expect(readingMinutes(`${'字'.repeat(800)} ${'POS '.repeat(200)}`)).toBe(3);
  });
  it('ignores link targets and markup', () => {
    const md = '## 标题\n\n[链接文字](https://example.com/很长很长的地址)\n\n```\n代码代码\n```';
    expect(countCjk(stripMarkdown(md))).toBe(6);
  });
});
