import { describe, expect, it } from 'vitest';
import { bodyLinks, contentLinks, fileUrl, lineOfValue, sourceUrls, type LinkUse } from '../../../src/lib/links/extract.ts';

const md = (body: string, bodyLine = 1) => bodyLinks(body, { file: 'a.md', mdx: false, bodyLine });
const mdx = (body: string, bodyLine = 1) => bodyLinks(body, { file: 'a.mdx', mdx: true, bodyLine });
const short = (uses: LinkUse[]) => uses.map((u) => `${u.line} ${u.kind} ${u.url}`);

describe('bodyLinks (Markdown)', () => {
  it('finds inline links, images and autolinks with their lines', () => {
    const body = [
      '第一段 [官网](https://a.example.com/x)。', // 1
      '', // 2
      '![图](https://img.example.com/p.png "标题")', // 3
      '', // 4
      '直接写的网址 https://bare.example.com/path 和 www.www-only.example.com 也是链接。', // 5
      '', // 6
      '<https://angle.example.com/>', // 7
    ].join('\n');
    expect(short(md(body).uses)).toEqual([
      '1 link https://a.example.com/x',
      '3 image https://img.example.com/p.png',
      '5 link https://bare.example.com/path',
      // GFM writes a bare www. address as http: that is what the page will link to.
      '5 link http://www.www-only.example.com',
      '7 link https://angle.example.com/',
    ]);
  });

  it('counts a reference link once, at its definition', () => {
    const body = '见[资料][r]和[资料][r]。\n\n[r]: https://ref.example.com/doc\n';
    expect(short(md(body).uses)).toEqual(['3 link https://ref.example.com/doc']);
  });

  it('ignores code: a URL in a code block or inline code is not a link', () => {
    const body = '用 `https://inline.example.com` 举例。\n\n```\nhttps://fenced.example.com\n```\n\n    https://indented.example.com\n';
    expect(md(body).uses).toEqual([]);
  });

  it('finds href and src in raw HTML, on the line of the element', () => {
    const body =
      '段落。\n\n<p>\n  <a href="https://html.example.com/">链接</a>\n  <img src="https://html.example.com/i.png" alt="">\n</p>\n';
    expect(short(md(body).uses)).toEqual(['4 link https://html.example.com/', '5 image https://html.example.com/i.png']);
  });

  it('keeps relative links (classification decides they are internal) and file lines after the frontmatter', () => {
    const uses = md('正文。\n\n[站内](/articles/x/) [锚点](#faq)', 8).uses;
    expect(short(uses)).toEqual(['10 link /articles/x/', '10 link #faq']);
    expect(uses[0]!.file).toBe('a.md');
  });
});

describe('bodyLinks (MDX)', () => {
  it('reads string href/src attributes of JSX elements but not expressions', () => {
    const body = [
      'import X from "./x.ts";', // 1
      '', // 2
      '<a href="https://jsx.example.com/">去看看</a>', // 3
      '', // 4
      '<img src="https://jsx.example.com/i.png" alt="" />', // 5
      '', // 6
      '<a href={"https://expr.example.com/"}>表达式</a>', // 7
      '', // 8
      '还有 [普通链接](https://md.example.com/) 和 https://literal.example.com/ 。', // 9
    ].join('\n');
    expect(short(mdx(body).uses)).toEqual([
      '3 link https://jsx.example.com/',
      '5 image https://jsx.example.com/i.png',
      '9 link https://md.example.com/',
      '9 link https://literal.example.com/',
    ]);
  });

  it('reports a body that does not parse, with its file line, instead of throwing', () => {
    const result = mdx('正文。\n\n<div>\n没有闭合\n', 6);
    expect(result.uses).toEqual([]);
    // The unclosed <div> is on body line 3, file line 8.
    expect(result.error?.line).toBe(8);
    expect(result.error?.message).toBeTruthy();
  });
});

describe('frontmatter URLs', () => {
  const raw = [
    '---', // 1
    'title: t', // 2
    'sources:', // 3
    '  - title: 甲', // 4
    '    url: https://same.example.com/', // 5
    '  - title: 乙', // 6
    '    url: "https://same.example.com/"', // 7
    '  - title: 无网址', // 8
    '  - title: 丙', // 9
    '    url: https://other.example.com/p', // 10
    '---', // 11
  ].join('\n');
  const data = {
    title: 't',
    sources: [
      { title: '甲', url: 'https://same.example.com/' },
      { title: '乙', url: 'https://same.example.com/' },
      { title: '无网址' },
      { title: '丙', url: ' https://other.example.com/p ' },
    ],
  };

  it('places each source URL on its own line, even when two sources share a URL', () => {
    const uses = sourceUrls({ file: 'a.md', data, lines: { title: 2, sources: 3 } }, raw);
    expect(short(uses)).toEqual([
      '5 source https://same.example.com/',
      '7 source https://same.example.com/',
      '10 source https://other.example.com/p',
    ]);
  });

  it('falls back to the sources: line without the raw text, and ignores malformed data', () => {
    expect(short(sourceUrls({ file: 'a.md', data, lines: { sources: 3 } }))).toEqual([
      '3 source https://same.example.com/',
      '3 source https://same.example.com/',
      '3 source https://other.example.com/p',
    ]);
    expect(sourceUrls({ file: 'a.md', data: { sources: 'https://x.example.com' } })).toEqual([]);
    expect(sourceUrls({ file: 'a.md', data: undefined })).toEqual([]);
  });

  it('reads the url of channel and author files on the url: line', () => {
    expect(fileUrl({ file: 'c.yaml', data: { name: 'n', url: 'https://c.example.com/' }, lines: { name: 1, url: 3 } }, 'channel')).toEqual([
      { url: 'https://c.example.com/', file: 'c.yaml', line: 3, kind: 'channel' },
    ]);
    expect(fileUrl({ file: 'p.yaml', data: { name: 'n' } }, 'author')).toEqual([]);
  });

  it('lineOfValue searches from the given line', () => {
    expect(lineOfValue('a\nb x\nc x', 'x', 1)).toBe(2);
    expect(lineOfValue('a\nb x\nc x', 'x', 3)).toBe(3);
    expect(lineOfValue('a\nb x\nc x', 'y', 1)).toBeUndefined();
  });
});

describe('contentLinks', () => {
  it('collects channels, authors, sources and bodies, parsing .mdx files as MDX', () => {
    const result = contentLinks({
      channels: [{ file: 'channels/c.yaml', data: { url: 'https://c.example.com/' }, lines: { url: 2 } }],
      authors: [{ file: 'authors/p.yaml', data: { url: 'https://p.example.com/' }, lines: { url: 4 } }],
      articles: [
        {
          file: 'articles/a.md',
          data: { sources: [{ url: 'https://s.example.com/' }] },
          lines: { sources: 5 },
          body: '<a href="https://h.example.com/">x</a>\n',
          bodyLine: 9,
        },
        { file: 'articles/b.mdx', data: {}, body: '正文\n\n<Broken\n', bodyLine: 4 },
      ],
    });
    expect(result.uses.map((u) => `${u.file}:${u.line} ${u.kind}`)).toEqual([
      'channels/c.yaml:2 channel',
      'authors/p.yaml:4 author',
      'articles/a.md:5 source',
      'articles/a.md:9 link',
    ]);
    expect(result.errors.map((e) => e.file)).toEqual(['articles/b.mdx']);
  });
});
