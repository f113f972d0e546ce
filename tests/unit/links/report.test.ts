import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/lib/links/classify.ts';
import { countResults, exitCode, formatLive, summaryText, type UrlReport } from '../../../src/lib/links/report.ts';

const reports: UrlReport[] = [
  {
    href: 'https://ok.example.com/',
    uses: [{ url: 'https://ok.example.com/', file: 'a.md', line: 3, kind: 'link' }],
    result: { state: 'ok', status: 200, attempts: 1 },
  },
  {
    href: 'https://gone.example.com/x',
    uses: [
      { url: 'https://gone.example.com/x', file: 'a.md', line: 5, kind: 'source' },
      { url: 'https://gone.example.com/x#y', file: 'b.mdx', line: 12, kind: 'image' },
    ],
    result: { state: 'dead', status: 404, reason: '页面不存在（404）', attempts: 1 },
  },
  {
    href: 'https://old.example.com/',
    uses: [{ url: 'https://old.example.com/', file: 'channels/c.yaml', line: 3, kind: 'channel' }],
    result: { state: 'redirect', status: 301, location: 'https://new.example.com/', attempts: 1 },
  },
];

describe('formatLive', () => {
  it('lists each dead or redirected URL once with every place that uses it, and not the working ones', () => {
    expect(formatLive(reports)).toBe(
      [
        '✗ 失效  https://gone.example.com/x',
        '    页面不存在（404）',
        '    a.md:5（参考资料）',
        '    b.mdx:12（正文图片）',
        '',
        '→ 重定向  https://old.example.com/',
        '    已重定向到 https://new.example.com/（301），请改成新地址',
        '    channels/c.yaml:3（渠道）',
      ].join('\n'),
    );
  });

  it('puts dead links before redirects, whatever order the URLs were checked in', () => {
    expect(formatLive([...reports].reverse())).toBe(formatLive(reports));
  });
});

describe('summary and exit code', () => {
  const warning: Finding = { file: 'a.md', line: 1, severity: 'warning', message: 'http' };
  const error: Finding = { file: 'a.md', line: 2, severity: 'error', message: 'bad' };

  it('fails on dead links', () => {
    const counts = countResults([], 3, reports);
    expect(counts).toMatchObject({ urls: 3, ok: 1, dead: 1, redirected: 1, errors: 0 });
    expect(exitCode(counts)).toBe(1);
    expect(summaryText(counts, true)).toContain('1 个正常，1 个失效，1 个已重定向');
  });

  it('passes with only redirects and warnings', () => {
    const counts = countResults([warning], 2, [reports[0]!, reports[2]!]);
    expect(exitCode(counts)).toBe(0);
    expect(summaryText(counts, true)).toContain('重定向的链接暂时还能打开');
  });

  it('fails offline on a form error but not on a warning', () => {
    expect(exitCode(countResults([warning], 1))).toBe(0);
    const counts = countResults([warning, error], 1);
    expect(exitCode(counts)).toBe(1);
    expect(summaryText(counts, false)).toBe('链接检查（离线）：共 1 个外部网址，格式问题 1 个错误、1 个警告。有错误，请修改后再发布。');
  });
});
