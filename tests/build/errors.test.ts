// Every kind of bad input in CONTENT-CONTRACT.md: the build exits 1, leaves no dist/ behind
// and prints one block naming the file, the field, what was expected and what was found.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, build, scratch, type Scratch } from '../helpers/fixture.ts';

interface Case {
  name: string;
  mutate: (s: Scratch) => void;
  /** [file (relative to content/), line or undefined, field] */
  where: [string, number | undefined, string];
  expected: string;
  found: string;
}

const good = (extra: Record<string, string>, body?: string) => article({ category: 'alpha', ...extra }, body);

const cases: Case[] = [
  {
    name: 'missing title',
    mutate: (s) => s.write('articles/bad.md', '---\ndescription: 摘要\npubDate: 2026-01-01\ncategory: alpha\nauthor: ed\n---\n正文\n'),
    where: ['articles/bad.md', undefined, 'title'],
    expected: '标题（1–60 个字符）',
    found: '未填写',
  },
  {
    name: 'title longer than 60 characters',
    mutate: (s) => s.write('articles/bad.md', good({ title: '长'.repeat(61) })),
    where: ['articles/bad.md', 2, 'title'],
    expected: '标题最多 60 个字符',
    found: '（61 个字符）',
  },
  {
    name: 'empty description',
    mutate: (s) => s.write('articles/bad.md', good({ description: '"  "' })),
    where: ['articles/bad.md', 3, 'description'],
    expected: '不能为空的摘要（1–200 个字符）',
    found: '“  ”',
  },
  {
    name: 'unreadable pubDate',
    mutate: (s) => s.write('articles/bad.md', good({ pubDate: '昨天' })),
    where: ['articles/bad.md', 4, 'pubDate'],
    expected: '日期，写成 2026-11-01',
    found: '“昨天”',
  },
  {
    name: 'impossible calendar date',
    mutate: (s) => s.write('articles/bad.md', good({ pubDate: '"2026-02-30"' })),
    where: ['articles/bad.md', 4, 'pubDate'],
    expected: '日期，写成 2026-11-01',
    found: '“2026-02-30”',
  },
  {
    // Unquoted, YAML's timestamp type would roll it over to 2027-02-14 and schedule the article.
    name: 'impossible unquoted date',
    mutate: (s) => s.write('articles/bad.md', good({ pubDate: '2026-13-45' })),
    where: ['articles/bad.md', 4, 'pubDate'],
    expected: '日期，写成 2026-11-01',
    found: '“2026-13-45”',
  },
  {
    name: 'impossible day in a quoted Beijing time',
    mutate: (s) => s.write('articles/bad.md', good({ pubDate: "'2026-04-31 09:30'" })),
    where: ['articles/bad.md', 4, 'pubDate'],
    expected: '日期，写成 2026-11-01',
    found: '“2026-04-31 09:30”',
  },
  {
    name: 'impossible hour in an unquoted time with a zone',
    mutate: (s) => s.write('articles/bad.md', good({ pubDate: '2026-11-01T25:30:00+08:00' })),
    where: ['articles/bad.md', 4, 'pubDate'],
    expected: '日期，写成 2026-11-01',
    found: '“2026-11-01T25:30:00+08:00”',
  },
  {
    name: 'impossible date in a registry file',
    mutate: (s) =>
      s.write(
        'channels/bad-channel.yaml',
        'name: 坏渠道\nkind: bank\nurl: https://x.example.com/\ndescription: 说明\nverifiedAt: 2026-02-30\n',
      ),
    where: ['channels/bad-channel.yaml', 5, 'verifiedAt'],
    expected: '日期，写成 2026-11-01',
    found: '“2026-02-30”',
  },
  {
    name: 'impossible accessed date of a source',
    mutate: (s) =>
      s.write('articles/bad.md', good({ sources: '\n  - title: 来源\n    url: https://www.pbc.gov.cn/a.html\n    accessed: 2026-06-31' })),
    where: ['articles/bad.md', 7, 'sources → 第 1 项 → accessed'],
    expected: '日期，写成 2026-11-01',
    found: '“2026-06-31”',
  },
  {
    name: 'updatedDate before pubDate',
    mutate: (s) => s.write('articles/bad.md', good({ updatedDate: '2026-02-01' })),
    where: ['articles/bad.md', 7, 'updatedDate'],
    expected: '不早于 pubDate（发布日期）的日期',
    found: '2026-02-01',
  },
  {
    name: 'unknown category',
    mutate: (s) => s.write('articles/bad.md', good({ category: 'gamma' })),
    where: ['articles/bad.md', 5, 'category'],
    expected: 'content/taxonomy/categories.yaml 中已有的 id 之一：alpha、beta、empty-cat',
    found: '“gamma”',
  },
  {
    name: 'more than 8 tags',
    mutate: (s) => s.write('articles/bad.md', good({ tags: '[a, b, c, d, e, f, g, h, i]' })),
    where: ['articles/bad.md', 7, 'tags'],
    expected: '最多 8 项',
    found: '列表，9 项',
  },
  {
    name: 'duplicated tag',
    mutate: (s) => s.write('articles/bad.md', good({ tags: '[t-one, t-one]' })),
    where: ['articles/bad.md', 7, 'tags'],
    expected: '不重复的 id 列表（有重复项）',
    found: '列表，2 项',
  },
  {
    name: 'unknown tag',
    mutate: (s) => s.write('articles/bad.md', good({ tags: '[t-one, t-three]' })),
    where: ['articles/bad.md', 7, 'tags → 第 2 项'],
    expected: 'content/taxonomy/tags.yaml 中已有的 id 之一：t-one、t-two',
    found: '“t-three”',
  },
  {
    name: 'unknown author',
    mutate: (s) => s.write('articles/bad.md', good({ author: 'nobody' })),
    where: ['articles/bad.md', 6, 'author'],
    expected: 'content/authors/ 中已有的 id 之一：ed、rev',
    found: '“nobody”',
  },
  {
    name: 'unknown reviewer',
    mutate: (s) => s.write('articles/bad.md', good({ reviewedBy: 'ghost' })),
    where: ['articles/bad.md', 7, 'reviewedBy'],
    expected: 'content/authors/ 中已有的 id 之一',
    found: '“ghost”',
  },
  {
    name: 'draft is not a boolean',
    mutate: (s) => s.write('articles/bad.md', good({ draft: '是' })),
    where: ['articles/bad.md', 7, 'draft'],
    expected: 'true 或 false',
    found: '“是”',
  },
  {
    name: 'slug with capitals and spaces',
    mutate: (s) => s.write('articles/bad.md', good({ slug: 'Hello World' })),
    where: ['articles/bad.md', 7, 'slug'],
    expected: '小写英文字母、数字和连字符组成的 id',
    found: '“Hello World”',
  },
  {
    name: 'unknown channel',
    mutate: (s) => s.write('articles/bad.md', good({ channels: '[good-bank, no-such-bank]' })),
    where: ['articles/bad.md', 7, 'channels → 第 2 项'],
    expected: 'content/channels/ 中已有的 id 之一：good-bank、partner-agent',
    found: '“no-such-bank”',
  },
  {
    name: 'FAQ item without an answer',
    mutate: (s) => s.write('articles/bad.md', good({ faq: '\n  - q: 问题？' })),
    where: ['articles/bad.md', 7, 'faq → 第 1 项 → a'],
    expected: '回答（1–2000 个字符）',
    found: '未填写',
  },
  {
    // http is accepted for a citation (many government sites serve nothing else), no other scheme.
    name: 'source URL neither https nor http',
    mutate: (s) => s.write('articles/bad.md', good({ sources: '\n  - title: 来源\n    url: ftp://www.pbc.gov.cn/a.html' })),
    where: ['articles/bad.md', 7, 'sources → 第 1 项 → url'],
    expected: '以 https:// 或 http:// 开头的完整网址',
    found: '“ftp://www.pbc.gov.cn/a.html”',
  },
  {
    name: 'cover without coverAlt',
    mutate: (s) => {
      s.write('articles/cover.png', 'png');
      s.write('articles/bad.md', good({ cover: './cover.png' }));
    },
    where: ['articles/bad.md', undefined, 'coverAlt'],
    expected: '设置了 cover 时必须填写 coverAlt',
    found: '未填写',
  },
  {
    name: 'cover file missing',
    mutate: (s) => s.write('articles/bad.md', good({ cover: './missing.png', coverAlt: '封面' })),
    where: ['articles/bad.md', 7, 'cover'],
    expected: '存在的图片文件（路径相对于这篇文章）',
    found: '“./missing.png” 找不到',
  },
  {
    name: 'noindex is not a boolean',
    mutate: (s) => s.write('articles/bad.md', good({ noindex: 'yes please' })),
    where: ['articles/bad.md', 7, 'noindex'],
    expected: 'true 或 false',
    found: '“yes please”',
  },
  {
    name: 'redirectFrom equal to a live slug',
    mutate: (s) => s.write('articles/bad.md', good({ redirectFrom: '[hello-world]' })),
    where: ['articles/bad.md', undefined, 'redirectFrom'],
    expected: '已不再使用的旧 slug',
    found: '“hello-world” 是 tests/.tmp/err-redirectfrom-equal-to-a-live-slug/content/articles/hello-world.md 的现行网址',
  },
  {
    name: 'two articles with the same slug',
    mutate: (s) => s.write('articles/zzz-copy.md', good({ slug: 'hello-world' })),
    where: ['articles/zzz-copy.md', 7, 'slug'],
    expected: '全站唯一的 slug',
    found: '“hello-world” 已被 tests/.tmp/err-two-articles-with-the-same-slug/content/articles/hello-world.md 使用',
  },
  {
    name: 'Chinese file name without slug',
    mutate: (s) => s.write('articles/拉卡拉POS机怎么激活.md', good({})),
    where: ['articles/拉卡拉POS机怎么激活.md', undefined, 'slug'],
    expected: '可以直接复制这一行：slug: la-ka-la-pos-ji-zen-me-ji-huo',
    found: '文件名 “拉卡拉POS机怎么激活”，没有 slug 字段',
  },
  {
    name: 'misspelt field name',
    mutate: (s) => s.write('articles/bad.md', good({ pubdate: '2026-01-01' })),
    where: ['articles/bad.md', 7, 'pubdate'],
    expected: '已知字段，是不是想写 pubDate？',
    found: '未知字段 “pubdate”',
  },
  {
    name: 'YAML syntax error',
    mutate: (s) => s.write('articles/bad.md', '---\ntitle: 标题\ndescription: [没有闭合\npubDate: 2026-01-01\n---\n正文\n'),
    where: ['articles/bad.md', 4, '（YAML 格式）'],
    expected: '合法的 YAML',
    found: 'missed comma between flow collection entries',
  },
  {
    name: 'file without frontmatter',
    mutate: (s) => s.write('articles/bad.md', '# 标题\n\n正文\n'),
    where: ['articles/bad.md', 1, '（frontmatter）'],
    expected: '文件以 --- 开头的一段 frontmatter',
    found: '第一行是 “# 标题”',
  },
  {
    name: 'time without zone and without quotes',
    mutate: (s) => s.write('articles/bad.md', good({ pubDate: '2026-01-01 09:30' })),
    where: ['articles/bad.md', 4, 'pubDate'],
    expected: "或加引号的北京时间 '2026-01-01 09:30'，或带时区的时间 2026-01-01T09:30+08:00",
    found: '不带时区也没加引号的时间 2026-01-01 09:30',
  },
  {
    name: 'channel with an unknown kind',
    mutate: (s) =>
      s.write(
        'channels/bad-channel.yaml',
        'name: 坏渠道\nkind: shop\nurl: https://x.example.com/\ndescription: 说明\nverifiedAt: 2026-01-01\n',
      ),
    where: ['channels/bad-channel.yaml', 2, 'kind'],
    expected: '以下之一：official、bank、payment-platform、offline、agent',
    found: '“shop”',
  },
  {
    name: 'channel URL not https',
    mutate: (s) =>
      s.write(
        'channels/bad-channel.yaml',
        'name: 坏渠道\nkind: bank\nurl: http://x.example.com/\ndescription: 说明\nverifiedAt: 2026-01-01\n',
      ),
    where: ['channels/bad-channel.yaml', 3, 'url'],
    expected: '以 https:// 开头的完整网址',
    found: '“http://x.example.com/”',
  },
  {
    name: 'channel without verifiedAt',
    mutate: (s) => s.write('channels/bad-channel.yaml', 'name: 坏渠道\nkind: bank\nurl: https://x.example.com/\ndescription: 说明\n'),
    where: ['channels/bad-channel.yaml', undefined, 'verifiedAt'],
    expected: '日期，写成 2026-11-01',
    found: '未填写',
  },
  {
    name: 'channel file name that is not an id',
    mutate: (s) =>
      s.write(
        'channels/工商银行.yaml',
        'name: 坏渠道\nkind: bank\nurl: https://x.example.com/\ndescription: 说明\nverifiedAt: 2026-01-01\n',
      ),
    where: ['channels/工商银行.yaml', undefined, '文件名'],
    expected: '渠道的 id 就是文件名，应为小写英文字母、数字和连字符，例如 gong-shang-yin-hang.yaml',
    found: '“工商银行”',
  },
  {
    name: 'author without bio',
    mutate: (s) => s.write('authors/nobio.yaml', 'name: 无简介\n'),
    where: ['authors/nobio.yaml', undefined, 'bio'],
    expected: '简介（1–500 个字符）',
    found: '未填写',
  },
  {
    name: 'duplicate category id',
    mutate: (s) =>
      s.write(
        'taxonomy/categories.yaml',
        '- id: alpha\n  name: 甲\n  description: 说明\n- id: alpha\n  name: 甲二\n  description: 说明\n- id: beta\n  name: 乙\n  description: 说明\n- id: empty-cat\n  name: 空\n  description: 说明\n',
      ),
    where: ['taxonomy/categories.yaml', undefined, '第 2 项 → id'],
    expected: '不重复的 id',
    found: '“alpha” 重复出现',
  },
  {
    name: 'unknown id in an MDX Channel mention',
    mutate: (s) => s.write('articles/bad.mdx', good({}, '前言\n\n通过 <Channel id="nope" /> 办理。')),
    where: ['articles/bad.mdx', 11, '正文 <Channel id>'],
    expected: 'content/channels/ 中已有的渠道 id 之一：good-bank、partner-agent',
    found: '“nope”',
  },
  {
    name: 'pasted script element',
    mutate: (s) => s.write('articles/bad.md', good({}, '正文\n\n<script>location.href="https://evil.example/"</script>')),
    where: ['articles/bad.md', 11, '正文'],
    expected: '安全的正文：不能有脚本、iframe 等嵌入',
    found: '不允许的标签 <script>',
  },
  {
    name: 'javascript link',
    mutate: (s) => s.write('articles/bad.md', good({}, '[领取补贴](javascript:alert(1))')),
    where: ['articles/bad.md', 9, '正文'],
    expected: '安全的正文',
    found: '链接地址 “javascript:alert(1)”',
  },
  {
    name: 'event handler attribute',
    mutate: (s) => s.write('articles/bad.md', good({}, '<img src="a.png" alt="a" onerror="alert(1)">')),
    where: ['articles/bad.md', 9, '正文'],
    expected: '安全的正文',
    found: '<img> 上的事件属性 onError',
  },
  {
    name: 'iframe in MDX',
    mutate: (s) => s.write('articles/bad.mdx', good({}, '<iframe src="https://evil.example/" />')),
    where: ['articles/bad.mdx', 9, '正文'],
    expected: '安全的正文',
    found: '不允许的标签 <iframe>',
  },
  {
    name: 'code in an MDX expression',
    mutate: (s) => s.write('articles/bad.mdx', good({}, '正文\n\n{<iframe src="https://evil.example/" />}')),
    where: ['articles/bad.mdx', 11, '正文'],
    expected: '不能写 {…} 表达式',
    found: '{…} 表达式 “<iframe src="https://evil.example/" />”',
  },
  {
    // Passes the source check (its quick look finds nothing suspect), renders as javascript:.
    name: 'rendered: a scheme spelled with a character reference',
    mutate: (s) => s.write('articles/bad.md', good({}, '正文\n\n[领取补贴](&#106;avascript:alert(1))')),
    where: ['articles/bad.md', 11, '正文（渲染后）'],
    expected: '这一处是检查渲染出的网页时发现的',
    found: '<a> 的 href 指向 “javascript:alert(1)”',
  },
  {
    name: 'rendered: the same in MDX',
    mutate: (s) => s.write('articles/bad.mdx', good({}, '正文\n\n[领取补贴](java&#115;cript:alert(1))')),
    where: ['articles/bad.mdx', 11, '正文（渲染后）'],
    expected: '这一处是检查渲染出的网页时发现的',
    found: '<a> 的 href 指向 “javascript:alert(1)”',
  },
  {
    name: 'figure with a malformed prop',
    mutate: (s) =>
      s.write('articles/bad.mdx', good({}, '正文。\n\n<Bars title="费用" unit="元" items={[["发卡行服务费", "三元五角"]]} />')),
    where: ['articles/bad.mdx', 11, '正文 图表'],
    expected: '<Bars title="标题" unit="元" items={[["名称", 数字], …]}',
    found: '参数 items 缺少或格式不对',
  },
  {
    name: 'MDX that does not compile',
    mutate: (s) => s.write('articles/bad.mdx', good({}, '正文里有一个没闭合的 <div> 标签。')),
    where: ['articles/bad.mdx', 9, '正文'],
    expected: '可以被 MDX 正确解析的正文',
    found: 'Expected a closing tag for `<div>`',
  },
];

describe.each(cases)('bad input: $name', (c) => {
  it('fails the build with one block naming file, field, expected and found, and no dist/', () => {
    const s = scratch(`err-${c.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`);
    // A dist/ from an earlier good build must not survive a failed one.
    mkdirSync(s.dist, { recursive: true });
    writeFileSync(join(s.dist, 'index.html'), 'old');
    c.mutate(s);
    const result = build(s);
    expect(result.status).toBe(1);
    expect(existsSync(s.dist)).toBe(false);
    // Nor any scratch folder: dist.partial, the search index, the previous site moved aside.
    expect(readdirSync(dirname(s.dist)).filter((name) => name.startsWith(`${basename(s.dist)}.`))).toEqual([]);
    const [file, line, field] = c.where;
    const location = line ? `${s.label(file)}:${line}` : s.label(file);
    const header = `✗ ${location}  字段 ${field}`;
    expect(result.stderr).toContain(header);
    const block = result.stderr.slice(result.stderr.indexOf(header)).split('\n\n')[0]!;
    expect(block).toMatch(/\n {4}应为：/);
    expect(block.split('\n').find((l) => l.startsWith('    应为：'))).toContain(c.expected);
    expect(block.split('\n').find((l) => l.startsWith('    实际：'))).toContain(c.found);
    expect(result.stderr).toContain('本次没有生成网站');
    expect(result.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });
});

describe('a body that fails only once rendered', () => {
  it('fails every build until the file changes, and leaves nothing unsafe in the content cache', () => {
    const s = scratch('err-rendered-cached');
    s.write('articles/bad.md', good({}, '正文\n\n[领取补贴](&#106;avascript:alert(1))'));
    const header = `✗ ${s.label('articles/bad.md')}:11  字段 正文（渲染后）`;
    const first = build(s);
    expect(first.status).toBe(1);
    expect(first.stderr).toContain(header);
    // Astro's content store keeps the comment with the findings, not the rendered link.
    const stores = readdirSync(join(s.dir, 'cache'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('data-store.json'));
    expect(stores.length).toBeGreaterThan(0);
    for (const store of stores) {
      const text = readFileSync(join(s.dir, 'cache', store), 'utf8');
      expect(text).toContain('pos-unsafe-body:');
      expect(text).not.toMatch(/href=\\?"javascript:/);
    }
    // The unchanged file is not rendered again: the cached findings fail the build just the same.
    const second = build(s);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(header);
    expect(existsSync(s.dist)).toBe(false);
    s.write('articles/bad.md', good({}, '正文\n\n[领取补贴](https://www.pbc.gov.cn/)'));
    expect(build(s).status).toBe(0);
  });
});
