import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  elementViolations,
  EXPRESSION,
  expressionViolation,
  isCommentOnly,
  isSafeUrl,
  jsxAttributes,
  MDX_COMPONENTS,
  normalizeAttribute,
  SPREAD,
} from '../../src/lib/body-policy.ts';
import { FIGURE_COMPONENTS } from '../../src/lib/figure-check.ts';

const found = (name: string, attributes: [string, any][] = []) => elementViolations(name, attributes).map((v) => v.found);

describe('elementViolations', () => {
  it('accepts the allow-listed tags with harmless attributes', () => {
    expect(
      found('a', [
        ['href', 'https://a.cn/'],
        ['title', '标题'],
        ['className', ['x']],
      ]),
    ).toEqual([]);
    expect(
      found('img', [
        ['src', './a.png'],
        ['alt', '图'],
        ['width', 300],
      ]),
    ).toEqual([]);
    expect(found('details', [['open', true]])).toEqual([]);
  });

  it('names the tag, the handler, the style and the URL', () => {
    expect(found('script')).toEqual(['不允许的标签 <script>']);
    expect(found('img', [['onError', 'alert(1)']])).toEqual(['<img> 上的事件属性 onError']);
    expect(found('p', [['style', 'position:fixed']])).toEqual(['<p> 上的 style 属性']);
    expect(found('a', [['href', 'javascript:alert(1)']])).toEqual(['<a> 的 href 指向 “javascript:alert(1)”']);
  });

  it('tells what a finding is about, to trace it to its line', () => {
    expect(elementViolations('a', [['xLinkHref', 'javascript:x']])).toEqual([
      { kind: 'url', tag: 'a', attribute: 'xlinkhref', url: 'javascript:x', found: '<a> 的 xLinkHref 指向 “javascript:x”' },
    ]);
    expect(normalizeAttribute('xlink:href')).toBe(normalizeAttribute('xLinkHref'));
  });

  it('checks every candidate of a srcset', () => {
    expect(found('img', [['srcSet', 'https://a.cn/1.png 1x, javascript:alert(1) 2x']])).toHaveLength(1);
    expect(found('img', [['srcSet', 'https://a.cn/1.png 1x, /2.png 2x']])).toEqual([]);
  });

  it('allows the page’s components, not other capitalised names', () => {
    expect(found('Channel', [['id', 'good-bank']])).toEqual([]);
    expect(found('Bars', [['items', EXPRESSION]])).toEqual([]);
    expect(found('Evil')).toEqual(['不允许的标签 <Evil>']);
  });

  it('rejects code in attributes of HTML elements, and spread attributes anywhere', () => {
    expect(found('a', [['href', EXPRESSION]])).toEqual(['<a> 的 href 写成了 {…} 表达式']);
    expect(found('span', [['title', EXPRESSION]])).toEqual(['<span> 的 title 写成了 {…} 表达式']);
    expect(found('Channel', [[SPREAD, EXPRESSION]])).toEqual(['<Channel> 上的 {...} 展开属性']);
  });
});

describe('MDX code', () => {
  it('allows comments only', () => {
    expect(isCommentOnly('/* 注释 */')).toBe(true);
    expect(isCommentOnly(' // 注释\n')).toBe(true);
    expect(expressionViolation('/* 注释 */')).toBeUndefined();
    expect(expressionViolation('<iframe src="https://evil.example/" />')!.found).toBe(
      '{…} 表达式 “<iframe src="https://evil.example/" />”',
    );
    expect(expressionViolation('/* a */ 1 + 1')).toBeDefined();
  });

  it('reads JSX attributes: text, bare, {…} and {...spread}', () => {
    expect(
      jsxAttributes([
        { type: 'mdxJsxAttribute', name: 'id', value: 'x' },
        { type: 'mdxJsxAttribute', name: 'stacked', value: null },
        { type: 'mdxJsxAttribute', name: 'items', value: { type: 'mdxJsxAttributeValueExpression', value: '[1]' } },
        { type: 'mdxJsxExpressionAttribute', value: '...props' },
      ]),
    ).toEqual([
      ['id', 'x'],
      ['stacked', true],
      ['items', EXPRESSION],
      [SPREAD, EXPRESSION],
    ]);
  });
});

describe('MDX_COMPONENTS', () => {
  it('is the channel box and the figures, exactly what the article page passes to <Content>', () => {
    expect([...MDX_COMPONENTS].sort()).toEqual(['Channel', ...Object.keys(FIGURE_COMPONENTS)].sort());
    const page = readFileSync(new URL('../../src/pages/articles/[slug].astro', import.meta.url), 'utf8');
    const passed = /components=\{\{([^}]*)\}\}/
      .exec(page)![1]!
      .split(',')
      .map((name) => name.trim());
    expect(passed.sort()).toEqual([...MDX_COMPONENTS].sort());
  });
});

describe('isSafeUrl', () => {
  it('allows web, mail, phone and relative URLs only', () => {
    for (const ok of ['https://a.cn', 'http://a.cn', '/x/', '#top', '?q=1', 'a.png', 'mailto:a@b.cn', 'tel:95016'])
      expect(isSafeUrl(ok), ok).toBe(true);
    for (const bad of ['javascript:alert(1)', ' JavaScript:x', 'vbscript:x', 'data:text/html,x', 'java\nscript:x'])
      expect(isSafeUrl(bad), bad).toBe(false);
  });
});
