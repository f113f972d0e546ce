// The command line of `npm run notify`: where the URLs come from (exactly one source), and how.
import { parseArgs } from 'node:util';
import { ENGINE_IDS, type EngineId } from './record.ts';

export type Source = { kind: 'urls'; urls: string[] } | { kind: 'changed-since'; ref: string } | { kind: 'sitemap' };

export interface NotifyArgs {
  source: Source;
  dryRun: boolean;
  force: boolean;
  /** Only these engines; all configured ones when absent. */
  engines?: EngineId[];
  /** The built site (--from-sitemap): --dist, or the build's output folder. */
  dist: string;
  help: boolean;
}

export const USAGE = `用法：npm run notify -- <网址或路径…> | --changed-since <git 提交> | --from-sitemap [选项]

把新的或有变化的网址推送给 IndexNow 和百度普通收录（只推送记录里没有、或 lastmod 变了的网址）。

网址来源（选一个）：
  <网址或路径…>            命令行上的网址（https://…）或站内路径（/articles/x/）
  --changed-since <提交>   自该 git 提交以来改动过的文章（content/articles/）
  --from-sitemap           构建好的网站的 sitemap（dist/sitemap-index.xml），带 lastmod

选项：
  --dry-run                只列出会推送给每个引擎的网址，不发送请求，不写记录
  --force                  不管记录，全部推送（会消耗百度配额）
  --engine <indexnow|baidu>  只推送给这个引擎（可重复）
  --dist <目录>            构建好的网站目录（默认 OUT_DIR 或 dist）

环境变量：SITE_URL，INDEXNOW_KEY，BAIDU_PUSH_SITE，BAIDU_PUSH_TOKEN，
  NOTIFY_RECORD（推送记录，默认 .notify/pushed.json），INDEXNOW_ENDPOINT，BAIDU_PUSH_ENDPOINT`;

/** A command line that cannot be run: the message, then the usage. */
export class UsageError extends Error {}

/** `outDir` is the build's output folder (src/build-inputs.ts), the site when --dist is not given. */
export function parseNotifyArgs(argv: readonly string[], outDir = 'dist'): NotifyArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'changed-since': { type: 'string' },
        'from-sitemap': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        engine: { type: 'string', multiple: true },
        dist: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`命令行有误：${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  const dist = values.dist ?? outDir;
  const base = { dryRun: values['dry-run'], force: values.force, dist, help: values.help };
  if (values.help) return { ...base, source: { kind: 'urls', urls: [] } };

  const engines = values.engine?.map((name) => {
    if (!(ENGINE_IDS as readonly string[]).includes(name))
      throw new UsageError(`--engine 只能是 ${ENGINE_IDS.join(' 或 ')}，不是 “${name}”`);
    return name as EngineId;
  });
  const sources: Source[] = [];
  if (positionals.length) sources.push({ kind: 'urls', urls: positionals });
  if (values['changed-since'] !== undefined) {
    if (!values['changed-since'].trim()) throw new UsageError('--changed-since 后面要写一个 git 提交（例如 HEAD~1 或提交号）');
    sources.push({ kind: 'changed-since', ref: values['changed-since'] });
  }
  if (values['from-sitemap']) sources.push({ kind: 'sitemap' });
  if (sources.length !== 1) {
    throw new UsageError(
      sources.length
        ? '网址来源只能选一个：命令行网址、--changed-since 或 --from-sitemap'
        : '没有指定要推送的网址：写出网址，或用 --changed-since / --from-sitemap',
    );
  }
  return { ...base, source: sources[0]!, ...(engines ? { engines: [...new Set(engines)] } : {}) };
}
