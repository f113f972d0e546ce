// Production build: validate content, build into a scratch folder, index for search, then
// swap it into place. Any failure leaves no output folder behind, never a half-built site.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveBuildNow } from '../src/lib/dates.ts';
import { siteRedirects, writeHostingFiles } from './deploy-config.ts';
import { checkContent, formatProblems } from './lib/check.ts';
import { buildSearchIndex } from './lib/search-index.ts';

if (process.argv.includes('--future')) process.env.BUILD_FUTURE = '1';

const root = process.cwd();
const outDir = resolve(root, process.env.OUT_DIR ?? 'dist');
const scratch = `${outDir}.partial`;
const contentDir = process.env.CONTENT_DIR ?? './content';

function clean() {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
}

function fail(message: string): never {
  clean();
  console.error(`\n${message}\n`);
  process.exit(1);
}

const started = performance.now();
const { problems, content } = checkContent(contentDir, root);
if (problems.length) fail(formatProblems(problems));
// One "now" for Astro (read from the environment in astro.config.ts) and the hosting files, so
// both agree on which scheduled posts, and so which redirects, are live.
let now: Date;
try {
  now = resolveBuildNow(process.env);
} catch (error) {
  fail((error as Error).message);
}
if (!process.env.BUILD_FUTURE || process.env.BUILD_FUTURE === '0') process.env.BUILD_NOW = now.toISOString();

rmSync(scratch, { recursive: true, force: true });
const astro = spawnSync(process.execPath, [resolve(import.meta.dirname, 'lib/astro-build.ts'), scratch], { cwd: root, stdio: 'inherit' });
// The child has already printed its problem block (or Astro's own error).
if (astro.status !== 0) fail(astro.signal ? `Astro 构建被信号 ${astro.signal} 中止。` : '');

try {
  await buildSearchIndex(scratch);
  // _headers and _nginx/ go into the site itself: the artefact that is deployed carries the
  // headers and redirects of its own content, whichever way it is hosted.
  writeHostingFiles(scratch, siteRedirects(content, now));
} catch (error) {
  fail(`构建失败（不是内容格式问题，请把下面的信息交给开发者）：\n${(error as Error)?.stack ?? error}`);
}

if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
renameSync(scratch, outDir);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`已生成 ${content.articles.length} 篇文章所在的网站：${outDir}（${seconds} 秒）`);
