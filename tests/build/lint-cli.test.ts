// `npm run lint:content`: a typical spun article pasted into the fixture site gets one finding
// per problem, each on its line, and exit 1; the project's own content lints clean (exit 0).
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/lib/check.ts';
import type { Finding } from '../../src/lib/lint/types.ts';
import { article, FIXTURE_NOW, ROOT, scratch } from '../helpers/fixture.ts';

/** `env` values of undefined remove the variable. */
function lint(args: string[], env: Record<string, string | undefined> = {}) {
  const merged: Record<string, string | undefined> = { ...process.env, BUILD_NOW: FIXTURE_NOW, ...env };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  const result = spawnSync(process.execPath, ['scripts/lint-content.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: merged });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(
  args: string[],
  env?: Record<string, string | undefined>,
): { status: number | null; report: { files: number; errors: number; warnings: number; findings: Finding[] } } {
  const result = lint(['--format', 'json', ...args], env);
  return { status: result.status, report: JSON.parse(result.stdout) };
}

// Line numbers are part of the test: each problem sits on a known line of the file.
const SPUN = `---
title: 拉卡拉POS机激活教程大全，最新最全拉卡拉POS机办理激活流程详解，看完就懂不求人
description: 拉卡拉POS机怎么激活？本文详细介绍拉卡拉POS机激活流程。
pubDate: 2026-03-01
category: alpha
author: ed
---

拉卡拉P O S机怎么激活？很多人办了la拉卡拉的机器却不会用，刷ka也刷不了。

## 激活须知

根据相关规定，POS机必须在收到后30天内激活，否则会被冻结。

想办理的朋友可以访问 www.haopos888.com 免费申请，费率只要0.38%，T+1到账。

## 押金说明

央行规定每台机器押金不得超过99元，更多详情请看 haopos888.com 。

拉卡拉POS机激活，拉卡拉POS机怎么激活？拉卡拉POS机激活流程如下。办理拉卡拉POS机，认准拉卡拉POS机官方。拉卡拉POS机费率低，拉卡拉POS机到账快，拉卡拉POS机免费送。
`;

describe('lint:content on a pasted spun article', () => {
  const s = scratch('lint-cli');
  s.write('articles/spun.md', SPUN);
  const file = s.label('articles/spun.md');

  it('exits 1 and prints one line per finding, path:line:col  severity  rule  message', () => {
    const result = lint([s.content]);
    expect(result.status, result.stderr).toBe(1);
    const lines = result.stdout.split('\n').filter((l) => l.startsWith(`${file}:`));
    const at = (line: number, rule: string) => lines.find((l) => l.startsWith(`${file}:${line}:`) && l.includes(`  ${rule}  `));
    expect(at(2, 'title-length'), '超长标题').toMatch(/ {2}warning {2}title-length {2}标题在搜索结果中显示为 “拉卡拉POS机激活教程大全/);
    expect(at(9, 'obfuscation')).toContain('“P O S机”，原意可能是“POS机”');
    expect(lines.filter((l) => l.startsWith(`${file}:9:`) && l.includes('  obfuscation  ')).map((l) => /：(“[^”]+”)/.exec(l)?.[1])).toEqual(
      ['“P O S机”', '“la拉卡拉的”', '“刷ka”'],
    );
    expect(at(13, 'unsourced-claim')).toContain('“根据相关规定，POS机必须在收到后30天内激活，否则会被冻结”');
    expect(at(15, 'promo-domain')).toMatch(/ {2}error {2}promo-domain {2}正文出现未登记的网址 “www\.haopos888\.com”/);
    expect(at(15, 'promo-domain-repeat')).toContain('“haopos888.com” 在正文出现 2 次（第 15、19 行）');
    expect(at(19, 'promo-domain')).toContain('“haopos888.com”');
    expect(at(19, 'unsourced-claim')).toContain('“央行规定每台机器押金不得超过99元，');
    expect(at(21, 'keyword-stuffing')).toContain('“拉卡拉POS机” 出现 8 次');
    expect(result.stdout).toMatch(/内容检查：\d+ 个文件中，\d+ 个有问题，共 \d+ 个错误、\d+ 个警告。有错误，请修改后再发布。\n$/);
  });

  it('gives the same findings as JSON, with exact columns', () => {
    const { status, report } = json([s.content]);
    expect(status).toBe(1);
    const mine = report.findings.filter((f) => f.file === file);
    expect(mine.filter((f) => f.rule === 'obfuscation').map((f) => [f.line, f.column, f.severity])).toEqual([
      [9, 4, 'error'],
      [9, 20, 'error'],
      [9, 33, 'error'],
    ]);
    expect(report.errors).toBe(report.findings.filter((f) => f.severity === 'error').length);
  });

  it('lints just the files named, still checking them against the whole site', () => {
    const { status, report } = json([`${s.content}/articles/spun.md`]);
    expect(status).toBe(1);
    expect(report.files).toBe(1);
    expect(new Set(report.findings.map((f) => f.file))).toEqual(new Set([file]));
    // Orphan needs the other articles' links: still computed.
    expect(report.findings.some((f) => f.rule === 'orphan')).toBe(true);
  });

  it('honours lint.off in the frontmatter', () => {
    const t = scratch('lint-cli-off');
    t.write(
      'articles/spun.md',
      SPUN.replace('author: ed\n', 'author: ed\nlint: { off: [obfuscation, promo-domain, promo-domain-repeat] }\n'),
    );
    const { report } = json([t.content]);
    const rules = new Set(report.findings.filter((f) => f.file === t.label('articles/spun.md')).map((f) => f.rule));
    expect(rules.has('obfuscation')).toBe(false);
    expect(rules.has('promo-domain')).toBe(false);
    expect(rules.has('unsourced-claim')).toBe(true);
  });

  it('reports content that fails validation as errors instead of crashing', () => {
    const t = scratch('lint-cli-invalid');
    t.write(
      'articles/bad.md',
      '---\ntitle: 刷ka秒到\ndescription: 摘要\npubDate: 昨天\ncategory: gamma\nauthor: ed\n---\n\n办了la拉卡拉。\n',
    );
    const result = lint([t.content]);
    expect(result.status).toBe(1);
    const bad = t.label('articles/bad.md');
    expect(result.stdout).toContain(`${bad}:4:1  error  schema  字段 pubDate：应为 日期，写成 2026-11-01`);
    // Its text is still checked, frontmatter and body.
    expect(result.stdout).toContain(`${bad}:2:8  error  obfuscation`);
    expect(result.stdout).toContain(`${bad}:9:3  error  obfuscation`);
  });

  it('rejects an unknown --format', () => {
    const result = lint(['--format', 'xml', s.content]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--format 只能是 text 或 json');
  });
});

// A promotional page pasted as an article: a sponsored agent's domain written out three times
// (twice as text, once as a link) and called 支付公司POS官网, ad-law words, a stacked title.
// Neutral uses on line 15 ("第一步", "第一次", quoted words) must stay quiet.
const PROMO = `---
title: POS机免费办理|POS机激活|POS机申请_全网最低费率
description: 支付公司POS官网直营，正规一清机，办理首选。
pubDate: 2026-03-01
category: alpha
author: ed
---

想办POS机的朋友，直接到支付公司POS官网 www.soupos.cn 申请，国家级正规品牌，费率全网最低。

## 为什么选搜POS

搜POS官网是商户的首选，最好的POS机，到账最快！[立即申请](https://www.soupos.cn/apply)

第一步：登录 soupos.cn 填写资料。第一次刷卡前，把“最低”档费率写进协议；所谓“第一品牌”不可信。
`;

const SOUPOS = `name: 搜POS 代理商申请页
kind: agent
url: https://www.soupos.cn/
description: 第三方代理商的POS机申请页面。
sponsored: true
verifiedAt: 2026-05-20
`;

describe('lint:content on a pasted promotional article', () => {
  const s = scratch('lint-cli-promo');
  s.write('channels/soupos-agent.yaml', SOUPOS);
  s.write('articles/promo.md', PROMO);
  // The same title and description as the fixture's hello-world, on another published article.
  s.write('articles/copy.md', article({ title: '你好，世界：测试文章', description: '这是一篇用于构建测试的已发布文章。' }));
  let status: number | null;
  let report: ReturnType<typeof json>['report'];
  beforeAll(() => {
    ({ status, report } = json([s.content]));
  });
  const file = s.label('articles/promo.md');
  const found = (rule: string) =>
    report.findings.filter((f) => f.file === file && f.rule === rule).map((f) => [f.line, f.column, f.severity]);

  it('reports the sponsored agent’s domain each of the three times it is written', () => {
    expect(status).toBe(1);
    expect(found('channel-domain')).toEqual([
      [9, 24, 'error'],
      [13, 27, 'error'],
      [15, 8, 'error'],
    ]);
    const first = report.findings.find((f) => f.file === file && f.rule === 'channel-domain')!;
    expect(first.message).toContain('“搜POS 代理商申请页”（soupos-agent）的网址 “www.soupos.cn”，页面上没有“广告”标记');
    expect(first.message).toContain('<Channel id="soupos-agent" />');
    // Registered: not reported as the promotion of an unknown site.
    expect(found('promo-domain')).toEqual([]);
  });

  it('reports 官网 said of the agent, by its domain and by its name', () => {
    expect(found('official-claim')).toEqual([
      [9, 21, 'error'],
      [13, 1, 'error'],
    ]);
    expect(report.findings.find((f) => f.file === file && f.rule === 'official-claim')!.message).toContain(
      '称为“官网”：“官网 www.soupos.cn”',
    );
  });

  it('warns about ad-law words in the title, description and body, not about ordinals or quotes', () => {
    const words = report.findings
      .filter((f) => f.file === file && f.rule === 'ad-law-words')
      .map((f) => [f.line, /^绝对化用语 “([^”]+)”/.exec(f.message)?.[1]]);
    expect(words).toEqual([
      [2, '全网最低'],
      [3, '首选'],
      [9, '国家级'],
      [9, '全网最低'],
      [13, '首选'],
      [13, '最好的POS机'],
      [13, '到账最快'],
    ]);
    expect(new Set(found('ad-law-words').map(([, , severity]) => severity))).toEqual(new Set(['warning']));
  });

  it('warns about the stacked title on its line', () => {
    expect(found('title-stacking')).toEqual([[2, 8, 'warning']]);
    expect(report.findings.find((f) => f.file === file && f.rule === 'title-stacking')!.message).toContain(
      '用分隔符 “|”“_” 把标题分成了 4 段关键词',
    );
  });

  it('reports the same title and description on two published articles, on both files', () => {
    const copies = (rule: string) => report.findings.filter((f) => f.rule === rule).map((f) => f.file);
    const both = [s.label('articles/copy.md'), s.label('articles/hello-world.md')];
    expect(copies('title-duplicate')).toEqual(both);
    expect(copies('description-duplicate')).toEqual(both);
  });
});

describe('lint:content on the project’s own content', () => {
  it('exits 0: no errors, and no obfuscation, domain or claim findings at all', () => {
    // Today's date, as editors run it: stale-channel warnings may appear with time, errors may not.
    const result = lint([], { BUILD_NOW: undefined, CONTENT_DIR: undefined });
    expect(result.status, result.stdout).toBe(0);
    const { report } = json(['content'], { BUILD_NOW: undefined, CONTENT_DIR: undefined });
    expect(report.files).toBeGreaterThanOrEqual(14);
    expect(report.errors).toBe(0);
    const noisy = report.findings.filter((f) =>
      [
        'obfuscation',
        'promo-domain',
        'promo-domain-repeat',
        'unsourced-claim',
        'keyword-stuffing',
        'channel-domain',
        'official-claim',
        'ad-law-words',
        'title-stacking',
      ].includes(f.rule),
    );
    expect(noisy).toEqual([]);
  });
});

describe('the example article in docs/编辑指南.md', () => {
  it('is valid and lints clean next to the real articles', () => {
    const guide = readFileSync(join(ROOT, 'docs/编辑指南.md'), 'utf8');
    const example = /<!-- 示例文章[^>]*-->\s*```markdown\n([\s\S]*?)\n```\n/.exec(guide)?.[1];
    expect(example, 'the guide keeps its marked example').toBeDefined();
    const s = scratch('lint-cli-guide');
    rmSync(s.content, { recursive: true });
    cpSync(join(ROOT, 'content'), s.content, { recursive: true });
    s.write('articles/pos-ji-ya-jin-neng-tui-ma.md', `${example}\n`);
    expect(checkContent(s.content, ROOT).problems).toEqual([]);
    const { status, report } = json([`${s.content}/articles/pos-ji-ya-jin-neng-tui-ma.md`], { BUILD_NOW: undefined });
    expect(report.findings).toEqual([]);
    expect(status).toBe(0);
  });
});
