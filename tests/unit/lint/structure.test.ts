import { describe, expect, it } from 'vitest';
import { checkStructure, isGenericLinkText } from '../../../src/lib/lint/structure.ts';
import { parseBody } from '../../../src/lib/lint/markdown.ts';

const check = (body: string, mdx = false) => checkStructure(parseBody(body, mdx).tree!).map((h) => [h.rule, h.severity, h.line]);

describe('headings', () => {
  it('rejects an h1 in the body: the layout owns the page’s only h1', () => {
    expect(check('# 拉卡拉POS机怎么激活\n\n正文。\n')).toEqual([['no-h1', 'error', 1]]);
  });
  it('warns when a level is skipped, starting from the page’s h1', () => {
    expect(check('### 直接三级\n\n正文。\n')).toEqual([['heading-skip', 'warning', 1]]);
    expect(check('## 押金\n\n正文。\n\n#### 怎么退\n\n正文。\n')).toEqual([['heading-skip', 'warning', 5]]);
  });
  it('warns about a heading with nothing under it', () => {
    expect(check('## 押金\n\n## 费率\n\n正文。\n')).toEqual([['empty-section', 'warning', 1]]);
    expect(check('## 常见问题\n')).toEqual([['empty-section', 'warning', 1]]);
    expect(check('## 押金\n\n<!-- 以后补 -->\n\n## 费率\n\n正文。\n')).toEqual([['empty-section', 'warning', 1]]);
  });
  it('accepts a well-formed outline: h2, h3 under it, back to h2', () => {
    expect(check('开头一段。\n\n## 押金\n\n### 能不能退\n\n看协议。\n\n## 费率\n\n0.38%只是报价。\n')).toEqual([]);
  });
  it('lets a section hold only subsections', () => {
    expect(check('## 两种话术\n\n### 退押金\n\n先挂断。\n\n### 换新机\n\n先核实。\n')).toEqual([]);
  });
});

describe('images', () => {
  it('requires alt text on Markdown, HTML and MDX images', () => {
    expect(check('正文。\n\n![](./pos.jpg)\n')).toEqual([['image-alt', 'error', 3]]);
    expect(check('<img src="./pos.jpg">\n')).toEqual([['image-alt', 'error', 1]]);
    expect(check('<img src="./pos.jpg" alt="" />\n', true)).toEqual([['image-alt', 'error', 1]]);
  });
  it('accepts described images', () => {
    expect(check('![拉卡拉POS机背面的序列号](./pos.jpg)\n\n<img src="a.jpg" alt="刷卡小票">\n')).toEqual([]);
  });
});

describe('link texts', () => {
  it('rejects empty link text and warns about 点击这里', () => {
    expect(check('正文[](/articles/pos-fei-lv-zen-me-kan/)。\n')).toEqual([['link-text', 'error', 1]]);
    expect(check('详见[点击这里](/articles/pos-fei-lv-zen-me-kan/)。\n')).toEqual([['link-text', 'warning', 1]]);
    expect(check('[点这里！](https://www.lakala.com/)\n')).toEqual([['link-text', 'warning', 1]]);
  });
  it('accepts descriptive link text and image links with alt', () => {
    expect(
      check(
        '费率构成可以参考[POS机费率怎么看](/articles/pos-fei-lv-zen-me-kan/)。\n\n[![拉卡拉官网首页](./a.png)](https://www.lakala.com/)\n',
      ),
    ).toEqual([]);
  });
  it('knows generic wording in Chinese and English', () => {
    for (const t of ['点击这里', '点这里', '这里', '点击此处', 'click here', '查看更多']) expect(isGenericLinkText(t), t).toBe(true);
    for (const t of ['点击这里查看费率说明', 'POS机退机与押金', '拉卡拉官网']) expect(isGenericLinkText(t), t).toBe(false);
  });
});
