import { describe, expect, it } from 'vitest';
import { descriptionLengthMessage, duplicateMessage, duplicates, titleLengthMessage } from '../../../src/lib/lint/meta.ts';

describe('titleLengthMessage', () => {
  it('measures the title as results pages show it, with the site name', () => {
    // 24 汉字 = 48, plus " - POS知识站" = 3 + 3 + 6 = 12: exactly 60, the limit.
    expect(titleLengthMessage('字'.repeat(24), 'POS知识站')).toBeUndefined();
    const message = titleLengthMessage('字'.repeat(25), 'POS知识站');
    expect(message).toContain('显示宽度 62');
    expect(message).toContain('百度 约 60');
    expect(message).toContain('Google 约 60');
  });
  it('passes the real flagship title', () => {
    expect(titleLengthMessage('拉卡拉POS机一年没刷还能用吗？', 'POS知识站')).toBeUndefined();
  });
  it('flags a spun title stuffed with keywords', () => {
    expect(titleLengthMessage('拉卡拉POS机激活教程大全，最新最全拉卡拉POS机办理激活流程详解', 'POS知识站')).toMatch(/显示宽度 \d+/);
  });
});

describe('descriptionLengthMessage', () => {
  it('warns past the engines’ snippet width and names which ones', () => {
    expect(descriptionLengthMessage('不一定。先试刷一笔小额交易，再通过拉卡拉官网或官方App查询商户状态。')).toBeUndefined();
    const between = descriptionLengthMessage('字'.repeat(79)); // 158: over Baidu's 156, within Google's 160
    expect(between).toContain('百度 约 156');
    expect(between).not.toContain('Google');
    expect(descriptionLengthMessage('字'.repeat(81))).toContain('Google 约 160');
  });
});

describe('duplicateMessage', () => {
  it('names up to three other files, then counts', () => {
    expect(duplicateMessage('标题', 'POS机怎么激活', ['a.md'])).toContain('与 a.md 完全相同');
    expect(duplicateMessage('摘要', '说明', ['a.md', 'b.md', 'c.md', 'd.md'])).toContain('与 a.md、b.md、c.md 等 4 篇文章 完全相同');
  });
});

describe('duplicates', () => {
  it('pairs each file with the others sharing its value, ignoring spacing and empty values', () => {
    const result = duplicates([
      { file: 'a.md', value: 'POS机怎么激活' },
      { file: 'b.md', value: ' POS机怎么激活 ' },
      { file: 'c.md', value: 'POS机费率怎么看' },
      { file: 'd.md', value: undefined },
      { file: 'e.md', value: undefined },
    ]);
    expect([...result]).toEqual([
      ['a.md', ['b.md']],
      ['b.md', ['a.md']],
    ]);
  });
});
