import { describe, expect, it } from 'vitest';
import { locator, parseBody } from '../../../src/lib/lint/markdown.ts';

describe('parseBody', () => {
  it('collects visible text only: not code, link targets or MDX expressions', () => {
    const body = '正文 `www.code.com` 和 [官网](https://www.lakala.com/)。\n\n```\nla拉卡拉\n```\n\n{1 + 1}\n';
    const { texts } = parseBody(body, true);
    expect(texts.map((t) => t.value).join('|')).toBe('正文 | 和 |官网|。');
  });
  it('maps text back to body offsets through escapes and block quotes', () => {
    const body = '第一段。\n\n> 引用里\n> 有刷ka\n\n转义 \\* 后刷ka\n';
    const { texts } = parseBody(body, false);
    const at = locator(body, 10);
    const positions = texts.flatMap((t) => {
      const i = t.value.indexOf('刷ka');
      return i === -1 ? [] : [at.at(t.offset(i))];
    });
    // Body line 1 is file line 10.
    expect(positions).toEqual([
      { line: 13, column: 4 },
      { line: 15, column: 8 },
    ]);
  });
  it('collects links with their text, resolving references and marking GFM literals', () => {
    const body = '见[费率](/articles/pos-fei-lv-zen-me-kan/)，[官网][lkl]，或 www.haopos888.com 申请。\n\n[lkl]: https://www.lakala.com/\n';
    const links = parseBody(body, false).links.map((l) => [l.url, l.text, l.literal]);
    expect(links).toEqual([
      ['/articles/pos-fei-lv-zen-me-kan/', '费率', false],
      ['https://www.lakala.com/', '官网', false],
      ['http://www.haopos888.com', 'www.haopos888.com', true],
    ]);
  });
  it('reports MDX that cannot be parsed, with its position', () => {
    expect(parseBody('正文\n\n<Channel id="a">\n', true).error).toMatchObject({ line: 3, column: 1 });
    expect(parseBody('正文\n\n第二段 {oops\n', true).error).toMatchObject({ line: 3, column: 10 });
    expect(parseBody('正文\n\n<Channel id="a">\n', false).error).toBeUndefined();
  });
});

describe('parseBody blocks', () => {
  it('joins a paragraph’s text across emphasis, links and literals, and breaks it at code', () => {
    const body = '到**支付公司**POS官网 www.soupos.cn 申请，见[费率](/a/)`代码`第一。\n\n## 标题 *强调*\n\n| 列 |\n| --- |\n| 单元格 |\n';
    const { blocks } = parseBody(body, false);
    expect(blocks.map((b) => b.value)).toEqual(['到支付公司POS官网 www.soupos.cn 申请，见费率\n第一。', '标题 强调', '列', '单元格']);
    // Offsets land on the source characters, markup skipped.
    const first = blocks[0]!;
    expect(body.slice(first.offset(first.value.indexOf('POS官网')), first.offset(first.value.indexOf('POS官网')) + 5)).toBe('POS官网');
    expect(body.slice(first.offset(first.value.indexOf('www')), first.offset(first.value.indexOf('www')) + 13)).toBe('www.soupos.cn');
    expect(body.slice(first.offset(first.value.indexOf('第一')), first.offset(first.value.indexOf('第一')) + 2)).toBe('第一');
  });
});
