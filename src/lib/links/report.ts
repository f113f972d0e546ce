// What `npm run check:links` prints: offline findings one per line (file:line  severity
// message, like the content linter), then for --live each dead or redirected URL once with
// every place that uses it, then a one-line summary. Chinese for editors.
import type { Finding, UrlGroup } from './classify.ts';
import type { LinkUse, UseKind } from './extract.ts';
import type { LiveResult } from './live.ts';

export interface UrlReport extends UrlGroup {
  result: LiveResult;
}

const KIND_LABEL: Record<UseKind, string> = {
  channel: '渠道',
  author: '作者',
  source: '参考资料',
  link: '正文链接',
  image: '正文图片',
};

export function formatUse(use: LinkUse): string {
  return `${use.file}:${use.line}（${KIND_LABEL[use.kind]}）`;
}

/** One block per dead or redirected URL; working ones are not listed. */
export function formatLive(reports: readonly UrlReport[]): string {
  const blocks: string[] = [];
  // Dead links first: they are what must be fixed before publishing.
  const order = [...reports.filter((r) => r.result.state === 'dead'), ...reports.filter((r) => r.result.state === 'redirect')];
  for (const { href, uses, result } of order) {
    if (result.state === 'ok') continue;
    const head =
      result.state === 'dead'
        ? `✗ 失效  ${href}\n    ${result.reason}`
        : `→ 重定向  ${href}\n    已重定向到 ${result.location}（${result.status}），请改成新地址`;
    blocks.push([head, ...uses.map((use) => `    ${formatUse(use)}`)].join('\n'));
  }
  return blocks.join('\n\n');
}

export interface Counts {
  errors: number;
  warnings: number;
  urls: number;
  dead: number;
  redirected: number;
  ok: number;
  /** Not requested: unreachable by form (see the errors) or outside --only. */
  skipped: number;
}

export function countResults(findings: readonly Finding[], urls: number, reports?: readonly UrlReport[], skipped = 0): Counts {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const by = (state: LiveResult['state']) => reports?.filter((r) => r.result.state === state).length ?? 0;
  return { errors, warnings: findings.length - errors, urls, dead: by('dead'), redirected: by('redirect'), ok: by('ok'), skipped };
}

export function summaryText(counts: Counts, live: boolean): string {
  const form = counts.errors || counts.warnings ? `格式问题 ${counts.errors} 个错误、${counts.warnings} 个警告` : '格式全部正确';
  if (!live) {
    const verdict = counts.errors ? '有错误，请修改后再发布。' : '要确认这些网址还能打开，请运行 npm run check:links -- --live。';
    return `链接检查（离线）：共 ${counts.urls} 个外部网址，${form}。${verdict}`;
  }
  const skipped = counts.skipped ? `，${counts.skipped} 个未请求` : '';
  const live_ = `${counts.ok} 个正常，${counts.dead} 个失效，${counts.redirected} 个已重定向${skipped}`;
  const verdict =
    counts.errors || counts.dead
      ? '有失效链接或格式错误，请修改后再发布。'
      : counts.redirected
        ? '重定向的链接暂时还能打开，建议改成新地址。'
        : '全部可以打开。';
  return `链接检查：共 ${counts.urls} 个外部网址，${live_}；${form}。${verdict}`;
}

export function exitCode(counts: Counts): 0 | 1 {
  return counts.errors || counts.dead ? 1 : 0;
}
