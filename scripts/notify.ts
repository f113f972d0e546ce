// Tells search engines about new and changed pages: IndexNow (Bing, Yandex and the others that
// share it) and Baidu's 普通收录 API. The one entry point of scripts/notify/: the build calls
// indexNowKeyFile() to put the IndexNow key file into the site; people and the deploy workflow
// run it after a deploy:
//
//   npm run notify -- <urls…> | --changed-since REF | --from-sitemap  [--dry-run] [--force] [--engine id]
//
// A record of what each engine was sent (NOTIFY_RECORD, default .notify/pushed.json) keeps
// every run to new URLs and URLs whose lastmod moved. --from-sitemap and URL arguments load no
// npm package, so the deploy job runs this without node_modules.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE } from '../src/config.ts';
import { buildInputs, publicationNow, type BuildInputs } from '../src/build-inputs.ts';
import { parseNotifyArgs, UsageError, USAGE, type NotifyArgs } from './notify/args.ts';
import { ConfigError, notifySite, setupEngines } from './notify/env.ts';
import { DEFAULT_RECORD_PATH, loadRecord, saveRecord, type NotifyRecord, type Target } from './notify/record.ts';
import { notifyEngines } from './notify/run.ts';
import { readSitemapTargets } from './notify/sitemap.ts';
import { siteTargets, targetsFromArgs } from './notify/targets.ts';

export { indexNowKeyFile } from './notify/indexnow.ts';

/** The URLs to offer the engines, where they came from, and what was left out on the way. */
async function collectTargets(
  args: NotifyArgs,
  siteUrl: string,
  inputs: BuildInputs,
): Promise<{ targets: Target[]; from: string; notes: string[] }> {
  const { source } = args;
  if (source.kind === 'urls')
    return { targets: siteTargets(targetsFromArgs(source.urls, siteUrl), siteUrl, '命令行'), from: '命令行', notes: [] };
  if (source.kind === 'sitemap')
    return {
      targets: siteTargets(readSitemapTargets(resolve(args.dist)), siteUrl, 'sitemap '),
      from: `${args.dist}/sitemap-index.xml`,
      notes: [],
    };
  // Only here: it validates the content, which needs the project's packages.
  const { changedSinceTargets } = await import('./notify/changed.ts');
  const { targets, skipped } = changedSinceTargets(source.ref, {
    contentDir: inputs.contentDir,
    root: process.cwd(),
    now: publicationNow(inputs),
    siteUrl,
  });
  return {
    targets: siteTargets(targets, siteUrl, 'git 改动'),
    from: `自 ${source.ref} 以来改动的文章`,
    notes: skipped.map((s) => `跳过 ${s.file}：${s.reason}。`),
  };
}

/** The site being pushed must serve the key IndexNow will be sent, or every engine answers 403. */
function checkKeyFile(dist: string, key: string): void {
  const file = join(resolve(dist), `${key}.txt`);
  if (!existsSync(file) || readFileSync(file, 'utf8') !== key) {
    throw new ConfigError(
      `${file} 不存在或内容与 INDEXNOW_KEY 不同：构建时要设置同一个 INDEXNOW_KEY，网站根目录才会有这个密钥文件，否则 IndexNow 会拒绝推送（403）。`,
    );
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const inputs = buildInputs();
  const args = parseNotifyArgs(argv, inputs.outDir);
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const siteUrl = notifySite(process.env, SITE.url, args.dryRun);
  const { engines, notes } = setupEngines(process.env, siteUrl, { only: args.engines, dryRun: args.dryRun });
  const collected = await collectTargets(args, siteUrl, inputs);
  const { targets } = collected;
  const indexNow = engines.find((e) => e.id === 'indexnow');
  if (indexNow && args.source.kind === 'sitemap' && !args.dryRun) checkKeyFile(args.dist, process.env.INDEXNOW_KEY!.trim());
  const recordPath = process.env.NOTIFY_RECORD?.trim() || DEFAULT_RECORD_PATH;
  const record = loadRecord(recordPath);

  if (args.dryRun) console.log('试运行（--dry-run）：不发送任何请求，也不写推送记录。');
  console.log(`站点 ${siteUrl}：${collected.from}，共 ${targets.length} 个网址。`);
  for (const note of [...collected.notes, ...notes]) console.log(note);
  const result = await notifyEngines(targets, engines, record, {
    dryRun: args.dryRun,
    force: args.force,
    now: new Date(),
    log: (text) => console.log(text),
    warn: (text) => console.error(text),
    ...(args.dryRun ? {} : { save: (updated: NotifyRecord) => saveRecord(recordPath, updated) }),
  });
  if (!args.dryRun) {
    // Also when nothing was sent: the file then exists for the deploy job's cache to keep.
    saveRecord(recordPath, result.record);
    console.log(`推送记录已更新：${recordPath}`);
  }
  return result.failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      // Expected failures (settings, files, engines' answers) carry a message for the reader; a
      // bug's stack is for a developer.
      const bug = error instanceof TypeError || error instanceof ReferenceError || error instanceof RangeError || !(error instanceof Error);
      console.error(bug ? ((error as Error)?.stack ?? String(error)) : (error as Error).message);
      process.exitCode = 1;
    }
  }
}
