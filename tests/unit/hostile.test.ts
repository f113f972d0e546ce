import { describe, expect, it } from 'vitest';
import { elementViolations, ESM_VIOLATION, expressionViolation, markdownUrlViolation } from '../../src/lib/body-policy.ts';
import { hostileFindings, locateViolations } from '../../src/lib/hostile.ts';

const md = (body: string) => hostileFindings(body, { mdx: false });
const mdx = (body: string) => hostileFindings(body, { mdx: true, components: new Set(['Channel']) });

describe('hostileFindings in Markdown', () => {
  it.each([
    ['a script element', '正文\n\n<script>alert(1)</script>\n', '不允许的标签 <script>', 3],
    ['an iframe', '<iframe src="https://evil.example/"></iframe>', '不允许的标签 <iframe>', 1],
    ['an event handler', '第一行\n<img src="a.png" alt="图" onerror="alert(1)">', '<img> 上的事件属性 onError', 2],
    ['a style attribute', '<div style="position:fixed;inset:0">广告</div>', '<div> 上的 style 属性', 1],
    ['a javascript: link', '[点我](javascript:alert(1))', '链接地址 “javascript:alert(1)”', 1],
    ['a javascript: link hidden by a tab', '<a href="java\tscript:alert(1)">x</a>', '<a> 的 href 指向', 1],
    ['a data: URL', '![图](data:text/html;base64,PHNjcmlwdD4=)', '链接地址 “data:text/html', 1],
    ['a reference definition', '[点我][x]\n\n[x]: vbscript:msgbox', '链接地址 “vbscript:msgbox”', 3],
    ['a form', '<form action="https://evil.example/"><input name="card"></form>', '不允许的标签 <form>', 1],
  ])('rejects %s', (_name, body, found, line) => {
    const findings = md(body);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]!.found).toContain(found);
    expect(findings[0]!.line).toBe(line);
  });

  it('offsets lines by where the body starts in the file', () => {
    expect(hostileFindings('\n<script></script>', { mdx: false, bodyLine: 10 })[0]!.line).toBe(11);
  });

  it.each([
    ['plain text with < and :', '费率 < 0.6%，时间：T+1，比例 3:1。'],
    ['ordinary links', '[官网](https://www.lakala.com/) 和 [站内](/articles/a/) 以及 [电话](tel:95016) [邮件](mailto:a@b.cn)'],
    ['harmless inline HTML', '第一行<br>第二行 <sup>1</sup> <kbd>Enter</kbd> <details><summary>展开</summary>内容</details>'],
    ['code that shows a script', '```html\n<script>alert(1)</script>\n```\n\n行内 `<iframe>` 代码'],
    ['the word javascript in prose', '这不是 javascript 链接，只是提到 javascript: 这个写法。'],
  ])('accepts %s', (_name, body) => {
    expect(md(body)).toEqual([]);
  });
});

describe('hostileFindings in MDX', () => {
  it('accepts registered components and rejects scripts and handlers', () => {
    expect(mdx('通过 <Channel id="lakala-official" /> 办理')).toEqual([]);
    expect(mdx('<script>{"alert(1)"}</script>')[0]!.found).toBe('不允许的标签 <script>');
    expect(mdx('<a href="javascript:alert(1)">x</a>')[0]!.found).toContain('<a> 的 href 指向');
    expect(mdx('<button onClick="x">x</button>').map((f) => f.found)).toEqual(['不允许的标签 <button>', '<button> 上的事件属性 onClick']);
  });

  it('rejects code: {…} expressions, import/export, {…} attributes on HTML and spread attributes', () => {
    const found = (body: string) => hostileFindings(body, { mdx: true }).map((f) => `${f.line} ${f.found}`);
    expect(found('正文\n\n{<iframe src="https://evil.example/" />}')).toEqual(['3 {…} 表达式 “<iframe src="https://evil.example/" />”']);
    expect(found('import Evil from "../evil.astro"\n\n正文')).toEqual(['1 MDX 的 import/export 语句']);
    expect(found('<a href={"javascript:alert(1)"}>x</a>')).toEqual(['1 <a> 的 href 写成了 {…} 表达式']);
    expect(found('<Channel id="good-bank" {...props} />')).toEqual(['1 <Channel> 上的 {...} 展开属性']);
  });

  it('accepts figures with literal props and comments', () => {
    expect(
      hostileFindings('{/* 说明 */}\n\n<Bars title="费用" unit="元" items={[["甲", 1]]} />\n\n通过 <Channel id="good-bank" /> 办理', {
        mdx: true,
      }),
    ).toEqual([]);
  });
});

describe('locateViolations', () => {
  // What the rendered-body check found, traced to the line of the source that wrote it.
  const lines = (body: string, mdx: boolean, ...violations: Parameters<typeof locateViolations>[2]) =>
    locateViolations(body, mdx, violations);

  it('finds a link written with a character reference by its decoded URL', () => {
    const body = '[官网](https://a.cn/)\n\n[领取](&#106;avascript:alert(1))';
    expect(lines(body, false, elementViolations('a', [['href', 'javascript:alert(1)']])[0]!)).toEqual([3]);
  });

  it('finds the reference definition an image uses', () => {
    expect(lines('![图][x]\n\n[x]: &#106;avascript:x', false, elementViolations('img', [['src', 'javascript:x']])[0]!)).toEqual([3]);
  });

  it('finds raw HTML by tag and attribute, inside a block too', () => {
    const body = '<div>\n<img src="a.png" alt="a">\n<img src="b.png" alt="b" onerror="x">\n</div>';
    expect(lines(body, false, elementViolations('img', [['onError', 'x']])[0]!, elementViolations('script', [])[0]!)).toEqual([
      3,
      undefined,
    ]);
  });

  it('finds MDX expressions and ESM', () => {
    expect(lines('正文\n\n{/* 注释 */}\n\n{1 + 1}', true, expressionViolation('1 + 1')!)).toEqual([5]);
    expect(lines('正文\n\nexport const a = 1', true, ESM_VIOLATION)).toEqual([3]);
  });

  it('gives no line for what the source does not show', () => {
    expect(lines('正文', false, markdownUrlViolation('javascript:x')!)).toEqual([undefined]);
  });
});
