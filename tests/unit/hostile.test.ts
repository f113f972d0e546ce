import { describe, expect, it } from 'vitest';
import { hostileFindings, isSafeUrl } from '../../src/lib/hostile.ts';

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
});

describe('isSafeUrl', () => {
  it('allows web, mail, phone and relative URLs only', () => {
    for (const ok of ['https://a.cn', 'http://a.cn', '/x/', '#top', '?q=1', 'a.png', 'mailto:a@b.cn', 'tel:95016']) expect(isSafeUrl(ok), ok).toBe(true);
    for (const bad of ['javascript:alert(1)', ' JavaScript:x', 'vbscript:x', 'data:text/html,x', 'java\nscript:x']) expect(isSafeUrl(bad), bad).toBe(false);
  });
});
