// The rendered-body check as Astro runs it: a hast plugin of Sätteri after the site's own plugins,
// for Markdown (markdownToHtml) and MDX (mdxToJs), with the site's Markdown features.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineHastPlugin, markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { hostileFindings } from '../../src/lib/hostile.ts';
import { MARKDOWN_FEATURES } from '../../src/lib/markdown.ts';
import { outboundLinks } from '../../src/lib/outbound-links.ts';
import { readingTime } from '../../src/lib/reading-time-plugin.ts';
import { buildRegistry } from '../../src/lib/rel.ts';
import { madeByMarkdown, renderedCheck, renderedElementViolations } from '../../src/lib/rendered-check.ts';
import { unsafeBodiesIn, unsafeBodyIn } from '../../src/lib/unsafe-body.ts';

const registry = buildRegistry(
  [{ url: 'https://agent.example.net/apply', sponsored: true }],
  ['https://www.pbc.gov.cn/doc'],
  'https://pos.example.com',
);
// As astro.config.ts has them.
const plugins = [outboundLinks({ registry }), readingTime, renderedCheck];
const fileURL = pathToFileURL('/site/content/articles/a.md');
const data = () => ({ astro: { frontmatter: {} } }) as any;

function md(body: string) {
  const { html } = markdownToHtml(body, { hastPlugins: plugins, features: MARKDOWN_FEATURES, fileURL, data: data() });
  return { html, unsafe: unsafeBodyIn(html) };
}
const mdFound = (body: string) => md(body).unsafe?.violations.map((v) => v.found) ?? [];

function mdx(body: string): string[] {
  try {
    mdxToJs(body, {
      hastPlugins: plugins,
      features: MARKDOWN_FEATURES,
      fileURL: pathToFileURL('/site/content/articles/a.mdx'),
      jsxImportSource: 'astro',
      data: data(),
    });
    return [];
  } catch (error) {
    const bodies = unsafeBodiesIn(error);
    if (!bodies) throw error;
    return bodies.flatMap((b) => b.violations.map((v) => v.found));
  }
}

describe('what Markdown syntax and the site’s plugins make', () => {
  it('passes: headings, footnotes, task lists, aligned tables, lists, code, images, links and the 广告 label', () => {
    const body = [
      '# 一级',
      '##### 五级',
      '正文[^1]，[代理](https://agent.example.net/apply)，[来源](https://www.pbc.gov.cn/doc)，<https://x.org/>，www.example.com',
      '- [ ] 待办\n- [x] 已办',
      '| 左 | 中 | 右 |\n|:--|:-:|--:|\n| 1 | 2 | 3 |',
      '3. 第三步',
      '```html\n<script>alert(1)</script>\n```',
      '![图](./a.png "说明") ~~删除~~ **粗** *斜* `代码`\n\n---',
      '[^1]: 注释',
    ].join('\n\n');
    const { html, unsafe } = md(body);
    expect(unsafe).toBeUndefined();
    for (const part of [
      '<section data-footnotes',
      '<input type="checkbox" disabled',
      'style="text-align: center"',
      '<span class="ad-label"',
      '&lt;script&gt;',
    ])
      expect(html).toContain(part);
  });

  it('passes the harmless HTML the allow-list has', () => {
    expect(
      mdFound('第一行<br>第二行 <sup>1</sup> <kbd>Enter</kbd> <details><summary>展开</summary>内容</details> <abbr title="x">缩写</abbr>'),
    ).toEqual([]);
  });
});

describe('what the editor’s body renders to', () => {
  it.each([
    ['a script element', '<script>alert(1)</script>', '不允许的标签 <script>'],
    ['an iframe', '<iframe src="https://evil.example/"></iframe>', '不允许的标签 <iframe>'],
    ['a style element', '<style>body{display:none}</style>', '不允许的标签 <style>'],
    ['an event handler', '<img src="a.png" alt="a" onerror="alert(1)">', '<img> 上的事件属性 onError'],
    ['a style attribute', '<p style="position:fixed">x</p>', '<p> 上的 style 属性'],
    ['a javascript: link in HTML', '<a href="javascript:alert(1)">x</a>', '<a> 的 href 指向 “javascript:alert(1)”'],
    ['a data: image', '![x](data:text/html;base64,PHNjcmlwdD4=)', '<img> 的 src 指向 “data:text/html;base64,PHNjcmlwdD4=”'],
    ['an SVG link', '<svg><a xlink:href="javascript:alert(1)">x</a></svg>', '不允许的标签 <svg>'],
    ['a form control', '<input type="text" name="card">', '不允许的标签 <input>'],
    ['a footnote section that is not one', '<section>x</section>', '不允许的标签 <section>'],
    ['a table cell styled otherwise', '<table><tr><td style="color:red">x</td></tr></table>', '<td> 上的 style 属性'],
  ])('fails %s', (_name, body, found) => {
    expect(mdFound(body)).toContain(found);
  });

  it('fails what passes the source check and shows only once rendered: a scheme spelled with character references', () => {
    for (const body of [
      '[领取补贴](&#106;avascript:alert(1))',
      '[领取](javascript&colon;alert(1))',
      '![图][x]\n\n[x]: &#106;avascript:alert(1)',
    ]) {
      expect(hostileFindings(body, { mdx: false }), body).toEqual([]);
      expect(mdFound(body), body).toHaveLength(1);
    }
  });

  it('replaces a failing Markdown body with a comment that carries the findings and the file, and no unsafe HTML', () => {
    const { html, unsafe } = md('正文\n\n[领取补贴](&#106;avascript:alert(1))');
    expect(html).not.toContain('javascript:');
    expect(html.trim()).toMatch(/^<!--pos-unsafe-body:[^>]*-->$/);
    expect(unsafe).toEqual({
      mdx: false,
      file: '/site/content/articles/a.md',
      violations: [
        { kind: 'url', tag: 'a', attribute: 'href', url: 'javascript:alert(1)', found: '<a> 的 href 指向 “javascript:alert(1)”' },
      ],
    });
  });
});

describe('MDX', () => {
  it('passes the page’s components: they are one JSX node each, their markup is not in this tree', () => {
    const seen: string[] = [];
    const probe = defineHastPlugin({
      name: 'probe',
      element: { filter: [], visit: (node) => void seen.push(node.tagName) },
      mdxJsxFlowElement: { filter: [], visit: (node) => void seen.push(`<${node.name}>`) },
      mdxJsxTextElement: { filter: [], visit: (node) => void seen.push(`<${node.name}>`) },
    });
    const body =
      '可以通过 <Channel id="good-bank" /> 办理。\n\n<Bars title="费用" unit="元" stacked items={[["甲", 1], ["乙", 2]]} note="示例" />\n\n{/* 注释 */}';
    mdxToJs(body, { hastPlugins: [...plugins, probe], features: MARKDOWN_FEATURES, jsxImportSource: 'astro', data: data() });
    expect(seen).toEqual(['p', '<Channel>', '<Bars>']);
    expect(mdx(body)).toEqual([]);
  });

  it.each([
    ['HTML written as JSX', '<iframe src="https://evil.example/" />', '不允许的标签 <iframe>'],
    ['an unknown component', '<Evil />', '不允许的标签 <Evil>'],
    ['a {…} attribute on HTML', '<a href={"javascript:alert(1)"}>x</a>', '<a> 的 href 写成了 {…} 表达式'],
    ['a style object', '<span style={{ color: "red" }}>x</span>', '<span> 上的 style 属性'],
    ['a spread attribute', '<div {...{ onclick: "alert(1)" }}>x</div>', '<div> 上的 {...} 展开属性'],
    ['an expression that renders HTML', '{<iframe src="https://evil.example/" />}', '{…} 表达式 “<iframe src="https://evil.example/" />”'],
    ['an import', 'import Evil from "../evil.astro"\n\n正文', 'MDX 的 import/export 语句'],
    ['a character-reference scheme', '[x](&#106;avascript:alert(1))', '<a> 的 href 指向 “javascript:alert(1)”'],
  ])('fails %s, with an error the build reads', (_name, body, found) => {
    expect(mdx(body)).toContain(found);
  });
});

describe('renderedElementViolations on hast elements', () => {
  it('lets through only the exact shapes Markdown syntax makes', () => {
    const found = (tagName: string, properties: Record<string, any>) =>
      renderedElementViolations({ tagName, properties }).map((v) => v.found);
    expect(found('h1', {})).toEqual([]);
    expect(found('section', { dataFootnotes: '', className: ['footnotes'] })).toEqual([]);
    expect(found('section', { className: ['footnotes'] })).toEqual(['不允许的标签 <section>']);
    expect(found('input', { type: 'checkbox', disabled: true })).toEqual([]);
    expect(found('input', { type: 'checkbox', disabled: true, onClick: 'x' })).toEqual(['<input> 上的事件属性 onClick']);
    expect(found('input', { type: 'checkbox' })).toEqual(['不允许的标签 <input>']);
    expect(found('th', { style: 'text-align: right' })).toEqual([]);
    expect(found('th', { style: 'text-align: right; color: red' })).toEqual(['<th> 上的 style 属性']);
    expect(
      found('a', {
        href: '#user-content-fn-1',
        dataFootnoteRef: '',
        ariaDescribedBy: ['footnote-label'],
        rel: ['nofollow'],
        target: '_blank',
      }),
    ).toEqual([]);
  });

  it('never lets a script-capable tag through as Markdown output', () => {
    for (const tag of ['script', 'iframe', 'style', 'object', 'embed', 'form', 'svg', 'math', 'template']) {
      expect(madeByMarkdown(tag, { dataFootnotes: '' }, { kind: 'tag', tag, found: '' }), tag).toBe(false);
    }
  });
});

describe('the site’s content', () => {
  // Every article and fixture body renders without a finding: the check adds no false alarm.
  const dirs = ['content/articles', 'tests/fixtures/site/content/articles', 'tests/fixtures/e2e/content/articles'];
  const files = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => join(dir, f)),
  );

  it.each(files)('%s', (file) => {
    const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    if (file.endsWith('.mdx')) expect(mdx(body)).toEqual([]);
    else expect(mdFound(body)).toEqual([]);
  });
});

describe('the plugin', () => {
  it('carries a digest of the policy, so that a change of policy empties Astro’s content cache', () => {
    expect(renderedCheck.policy).toMatch(/^[0-9a-f]{16}$/);
  });
});
