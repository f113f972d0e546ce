import { describe, expect, it } from 'vitest';
import { formatFinding, lintSite, summarize } from '../../../src/lib/lint/index.ts';
import type { LintArticle, LintSite } from '../../../src/lib/lint/types.ts';
import { fileSlug } from '../../../src/lib/slug.ts';

// Two deep sources from reputable publishers: what every published article needs.
const WELL_SOURCED = [
  'https://www.gov.cn/zhengce/content/202312/content_6920724.htm',
  'https://finance.caixin.com/2024-04-22/102188955.html',
];

function article(file: string, front: Record<string, string>, body: string, extra: Partial<LintArticle> = {}): LintArticle {
  const lines = Object.entries(front).map(([k, v]) => `${k}: ${v}`);
  return {
    file,
    slug: fileSlug(file),
    mdx: file.endsWith('.mdx'),
    raw: `---\n${lines.join('\n')}\n---\n${body}`,
    body,
    bodyLine: lines.length + 3,
    fieldLines: Object.fromEntries(Object.keys(front).map((k, i) => [k, i + 2])),
    title: front.title,
    description: front.description,
    faq: [],
    sources: WELL_SOURCED,
    sourceEntries: WELL_SOURCED.map((url) => ({ url })),
    channels: [],
    redirectFrom: [],
    lintOff: [],
    draft: false,
    published: true,
    noindex: false,
    valid: true,
    ...extra,
  };
}

function site(articles: LintArticle[]): LintSite {
  return {
    articles,
    channels: new Map([
      [
        'lakala-official',
        {
          id: 'lakala-official',
          file: 'content/channels/lakala-official.yaml',
          name: '拉卡拉官方网站',
          kind: 'official',
          url: 'https://www.lakala.com/',
          sponsored: false,
          verifiedAt: new Date('2026-01-01T00:00:00+08:00'),
        },
      ],
      [
        'soupos-agent',
        {
          id: 'soupos-agent',
          file: 'content/channels/soupos-agent.yaml',
          name: '搜POS 代理商申请页',
          kind: 'agent',
          url: 'https://www.soupos.cn/',
          sponsored: true,
          verifiedAt: new Date('2026-11-20T00:00:00+08:00'),
        },
      ],
    ]),
    categories: new Set(['fees']),
    tags: new Set(['lakala']),
    siteUrl: 'https://pos.example.com',
    siteName: 'POS知识站',
    now: new Date('2026-11-26T12:00:00+08:00'),
    channelStaleDays: 180,
  };
}

const fees = article(
  'content/articles/pos-fei-lv.md',
  { title: 'POS机费率怎么看', description: '费率由三部分组成。' },
  '费率由三部分组成，见[退机与押金](/articles/pos-tui-ji/)。\n',
);
const deposit = article(
  'content/articles/pos-tui-ji.md',
  { title: 'POS机退机与押金', description: '押金以协议为准。' },
  '押金以协议为准，费率见[费率怎么看](/articles/pos-fei-lv/)。\n',
);
const rules = (findings: { rule: string }[]) => findings.map((f) => f.rule);

describe('lintSite', () => {
  it('finds nothing in clean articles that link to each other', () => {
    expect(lintSite(site([fees, deposit]))).toEqual([]);
  });

  it('places body findings at their file line and column', () => {
    const spun = article(
      'content/articles/spun.md',
      { title: '拉卡拉POS机激活', description: '激活说明。' },
      '第一段，见[费率](/articles/pos-fei-lv/)。\n\n## 激活\n\n很多人办了la拉卡拉的机器。\n',
    );
    const found = lintSite(site([fees, deposit, spun])).filter((f) => f.file === spun.file);
    // Body starts on file line 5; "la拉卡拉" is on body line 5, after 5 characters.
    expect(found.map((f) => [f.rule, f.line, f.column])).toEqual([
      ['orphan', 2, 1],
      ['obfuscation', 9, 6],
    ]);
    expect(formatFinding(found[1]!)).toMatch(/^content\/articles\/spun\.md:9:6 {2}error {2}obfuscation {2}疑似.*“la拉卡拉的”/);
  });

  it('checks frontmatter text and places it on the value', () => {
    const spun = article(
      'content/articles/spun.md',
      { title: '刷ka秒到账', description: '根据相关规定，必须激活。' },
      '见[费率](/articles/pos-fei-lv/)。\n',
      { sources: [], sourceEntries: [] },
    );
    const found = lintSite(site([fees, deposit, spun])).filter(
      (f) => f.file === spun.file && f.rule !== 'orphan' && f.rule !== 'source-count',
    );
    expect(found.map((f) => [f.rule, f.line, f.column])).toEqual([
      ['obfuscation', 2, 8],
      ['unsourced-claim', 3, 14],
    ]);
  });

  it('switches rules off per file, but never schema, and flags unknown ids', () => {
    const spun = article(
      'content/articles/spun.md',
      { title: '拉卡拉激活', description: '说明。', lint: '{ off: [orphan, obfuscation, schema, no-such-rule] }' },
      '办了la拉卡拉。\n',
      {
        lintOff: ['orphan', 'obfuscation', 'schema', 'no-such-rule'],
      },
    );
    const found = lintSite(site([fees, deposit, spun])).filter((f) => f.file === spun.file);
    expect(found.map((f) => [f.rule, f.line])).toEqual([
      ['lint-off', 4],
      ['lint-off', 4],
    ]);
    expect(found[0]!.message).toContain('规则 “schema” 不能关闭');
    expect(found[1]!.message).toContain('“no-such-rule” 不是规则 id');
  });

  it('reports duplicated titles and descriptions on both files', () => {
    const copy = article(
      'content/articles/copy.md',
      { title: 'POS机费率怎么看', description: '押金以协议为准。' },
      '见[费率](/articles/pos-fei-lv/)。\n',
    );
    const found = lintSite(site([fees, deposit, copy]));
    expect(found.filter((f) => f.rule === 'title-duplicate').map((f) => f.file)).toEqual([copy.file, fees.file]);
    expect(found.filter((f) => f.rule === 'description-duplicate').map((f) => f.file)).toEqual([copy.file, deposit.file]);
  });

  it('counts links and written-out domains together for repeats', () => {
    const spun = article(
      'content/articles/spun.md',
      { title: '免费领POS机', description: '说明。' },
      '访问 haopos888.com 申请，见[费率](/articles/pos-fei-lv/)。\n\n[立即申请](https://www.haopos888.com/apply)，官网 [拉卡拉](https://www.lakala.com/) 和 www.lakala.com 都可以。\n',
    );
    const found = lintSite(site([fees, deposit, spun])).filter((f) => f.file === spun.file && f.rule !== 'orphan');
    expect(found.map((f) => [f.rule, f.line])).toEqual([
      ['promo-domain', 5],
      ['promo-domain-repeat', 5],
    ]);
    expect(found[1]!.message).toContain('出现 2 次（第 5、7 行）');
  });

  it('reports a sponsored agent’s domain, written or linked, and 官网 said of it, where they are written', () => {
    const spun = article(
      'content/articles/spun.md',
      { title: '免费领POS机', description: '说明。' },
      '见[费率](/articles/pos-fei-lv/)。到支付公司POS官网 www.soupos.cn 申请。\n\n[申请入口](https://www.soupos.cn/apply)，[官网](https://m.soupos.cn/)。\n',
    );
    const found = lintSite(site([fees, deposit, spun])).filter((f) => f.file === spun.file && f.rule !== 'orphan');
    expect(found.map((f) => [f.rule, f.severity, f.line, f.column])).toEqual([
      ['official-claim', 'error', 5, 38],
      ['channel-domain', 'error', 5, 41],
      ['channel-domain', 'error', 7, 1],
      ['channel-domain', 'error', 7, 37],
      ['official-claim', 'error', 7, 37],
    ]);
    // A registered channel is no promotion of an unknown site.
    expect(found.some((f) => f.rule.startsWith('promo-domain'))).toBe(false);
  });

  it('reads ad-law words and stacked titles in frontmatter, never in code', () => {
    const spun = article(
      'content/articles/spun.md',
      { title: 'POS机办理|POS机申请|POS机激活', description: '费率全网最低。' },
      '见[费率](/articles/pos-fei-lv/)，`最佳` 是代码。行业第一。\n',
    );
    const found = lintSite(site([fees, deposit, spun])).filter((f) => f.file === spun.file && f.rule !== 'orphan');
    expect(found.map((f) => [f.rule, f.severity, f.line, f.column])).toEqual([
      ['title-stacking', 'warning', 2, 8],
      ['ad-law-words', 'warning', 3, 16],
      ['ad-law-words', 'warning', 5, 39],
    ]);
  });

  it('reports broken internal links and stale channels where they are written', () => {
    const mdx = article(
      'content/articles/mdx.mdx',
      { title: 'MDX', description: '说明。' },
      '见[不存在](/articles/bu-cun-zai/)。\n\n<Channel id="lakala-official" />\n',
      {
        channels: [{ id: 'lakala-official', line: 7 }],
      },
    );
    const found = lintSite(site([fees, deposit, mdx])).filter((f) => f.file === mdx.file && f.rule !== 'orphan');
    expect(found.map((f) => [f.rule, f.severity, f.line])).toEqual([
      ['internal-link', 'error', 5],
      ['stale-channel', 'warning', 7],
    ]);
  });

  it('flags placeholders only once a file is no longer a draft', () => {
    const body = '待填写：第一段。见[费率](/articles/pos-fei-lv/)。\n';
    const draft = article('content/articles/new.md', { title: '新文章', description: '待填写' }, body, { draft: true, published: false });
    expect(rules(lintSite(site([fees, deposit, draft])))).toEqual([]);
    const live = { ...draft, draft: false, published: true };
    expect(rules(lintSite(site([fees, deposit, live])).filter((f) => f.file === live.file))).toEqual([
      'orphan',
      'placeholder',
      'placeholder',
    ]);
  });

  it('limits findings to the files asked for', () => {
    const spun = article('content/articles/spun.md', { title: '拉卡拉激活', description: '说明。' }, '办了la拉卡拉。\n');
    const found = lintSite(site([fees, deposit, spun]), { only: (file) => file === fees.file });
    expect(found).toEqual([]);
  });
});

describe('summarize', () => {
  it('counts errors and warnings in Chinese', () => {
    const s = summarize(
      [
        { file: 'a.md', line: 1, column: 1, severity: 'error', rule: 'obfuscation', message: '' },
        { file: 'a.md', line: 2, column: 1, severity: 'warning', rule: 'orphan', message: '' },
      ],
      14,
    );
    expect(s).toMatchObject({ errors: 1, warnings: 1 });
    expect(s.text).toContain('14 个文件中，1 个有问题，共 1 个错误、1 个警告');
    expect(summarize([], 14).text).toBe('内容检查通过：14 个文件，没有发现问题。');
  });
});

describe('source rules', () => {
  // Frontmatter: title on line 2, sources on line 3, then one line per source URL.
  const dated = (sources: { url: string; accessed?: Date }[]) => {
    const raw = { title: '标题', sources: '', ...Object.fromEntries(sources.map((s, i) => [`  - url${i}`, s.url])) };
    return article('content/articles/a.md', raw, '正文。', {
      sources: sources.map((s) => s.url),
      sourceEntries: sources,
      pubDate: new Date('2026-11-10T00:00:00+08:00'),
    });
  };
  const lintOne = (a: LintArticle) => lintSite(site([a])).filter((f) => f.rule !== 'orphan');

  it('places a homepage source on its line and counts the article short of strong sources', () => {
    const findings = lintOne(dated([{ url: WELL_SOURCED[1]! }, { url: 'https://www.pbc.gov.cn/' }]));
    expect(findings.map((f) => [f.rule, f.line, f.severity])).toEqual([
      ['source-count', 3, 'error'],
      ['source-homepage', 5, 'warning'],
    ]);
  });

  it('asks for an updatedDate when a source was read after the article was dated', () => {
    const late = { url: WELL_SOURCED[0]!, accessed: new Date('2026-11-30T00:00:00+08:00') };
    const [finding] = lintOne(dated([late, { url: WELL_SOURCED[1]! }]));
    expect(finding).toMatchObject({ rule: 'source-accessed', line: 4, severity: 'error' });
    expect(finding!.message).toContain('请把 updatedDate 写成 2026年11月30日 或更晚');
  });

  it('leaves drafts alone', () => {
    expect(lintOne({ ...dated([{ url: 'https://www.pbc.gov.cn/' }]), draft: true, published: false })).toEqual([]);
  });
});
