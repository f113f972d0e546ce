// Production build: validate content, build into a scratch folder while indexing the articles
// for search beside it, then swap it into place. Any failure leaves no output folder behind,
// never a half-built site.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { SITE } from '../src/config.ts';
import { SHARE_CARD_DIR } from '../src/lib/share-card.ts';
import { buildInputsFrom, handoverEnv, outDirFrom, publicationNow, type BuildInputs } from '../src/build-inputs.ts';
import { productionWarnings } from '../src/lib/production-checks.ts';
import { astroCacheDir, configPlan, configPlanFile, serializeConfigPlan } from '../src/lib/config-plan.ts';
import { INCREMENTAL_MANIFEST_FILE } from '../src/lib/data-store-from-file.ts';
import { formatDateTimeZh } from '../src/lib/dates.ts';
import { isPublished, publicationCounts } from '../src/lib/published.ts';
import { astroHeapArgs } from './lib/astro-heap.ts';
import { clearForAstro, filesUnder, readOutputRecord, removeStalePages, reusable, writeOutputRecord } from './lib/reuse-output.ts';
import { incompleteSiteMessage, missingArticlePages } from './lib/site-complete.ts';
import { indexNowKeyFile } from './notify.ts';

const root = process.cwd();
let inputs: BuildInputs;
try {
  inputs = buildInputsFrom(process.env, { cwd: root, argv: process.argv });
} catch (error) {
  // An unreadable BUILD_NOW: a failed build leaves no output folder behind, this one too.
  rmSync(outDirFrom(process.env, root), { recursive: true, force: true });
  console.error(`\n${(error as Error).message}\n`);
  process.exit(1);
}
const { contentDir, cacheRoot, outDir } = inputs;
// One moment for Astro (handed over below) and everything made here (redirects, search, share
// cards), so they agree on which scheduled articles, and so which redirects, are live.
const now = publicationNow(inputs);
const scratch = `${outDir}.partial`;
// The search index is made beside the scratch folder, not in it, while Astro writes there.
const searchIndex = `${outDir}.pagefind`;
// The previous site, moved aside once the content is valid and deleted while Astro builds: it
// took ~13 s at 10,000 articles when deleted after, and a failed build removes it anyway.
const previous = `${outDir}.previous`;
// What astro.config.ts needs from the validated content (src/lib/config-plan.ts).
const planFile = configPlanFile(outDir);
// The page files Astro made, which it lists when done (scripts/lib/astro-build.ts).
const pagesFile = `${outDir}.pages.json`;
// The last successful build's site, for the next one to start from (scripts/lib/reuse-output.ts).
const outputRecordFile = resolve(cacheRoot, 'last-output.json');

function removeScratch() {
  for (const path of [scratch, searchIndex, previous, planFile, pagesFile]) rmSync(path, { recursive: true, force: true });
}

function clean() {
  removeScratch();
  rmSync(outDir, { recursive: true, force: true });
}

// Astro's own process (scripts/lib/astro-build.ts), started before the content is validated.
let astro: ChildProcess | undefined;

function fail(message: string): never {
  // Does nothing once it has exited.
  astro?.kill();
  clean();
  console.error(`\n${message}\n`);
  process.exit(1);
}

/** A failure that is not the editor's: the stack is for a developer. */
const internalMessage = (error: unknown) => `构建失败（不是内容格式问题，请把下面的信息交给开发者）：\n${(error as Error)?.stack ?? error}`;

function failInternal(error: unknown): never {
  fail(internalMessage(error));
}

const started = performance.now();
// IndexNow's key file (scripts/notify/), from INDEXNOW_KEY: a bad key fails here, before any work.
let keyFile: ReturnType<typeof indexNowKeyFile>;
try {
  keyFile = indexNowKeyFile(process.env);
} catch (error) {
  fail((error as Error).message);
}

// Astro in its own process (its memory is returned when it exits), started now so that it loads
// Astro (~1.2 s) while the content is validated here; it builds only when told to, below.
astro = spawn(
  process.execPath,
  [...astroHeapArgs(totalmem(), process.env.NODE_OPTIONS), resolve(import.meta.dirname, 'lib/astro-build.ts'), scratch, pagesFile],
  {
    cwd: root,
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, ...handoverEnv({ inputs, planFile }) },
  },
);
const astroExit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
  astro!.on('close', (code, signal) => done({ code, signal })),
);
// Stopped from outside (Ctrl-C, a host's timeout) or Astro failed: Astro, Pagefind and the share
// cards stop too, and the failure path below leaves nothing behind, the search documents in
// memory included.
const stopSideWork = new AbortController();
let stoppedBy: NodeJS.Signals | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stoppedBy = signal;
    stopSideWork.abort();
    astro?.kill();
  });
}
const stoppedMessage = () => `构建已中止（${stoppedBy}），没有生成网站。`;
// Loaded after Astro's process has started, so the two load their modules at once (~0.8 s here).
const [
  { checkContent, formatProblems },
  { siteRedirects, writeHostingFiles },
  { indexSite },
  { drawShareCards, placeShareCards },
  { siteShareCards },
] = await Promise.all([
  import('./lib/check.ts'),
  import('./deploy-config.ts'),
  import('../src/search/index.ts'),
  import('./share-cards/index.ts'),
  import('../src/lib/share-card.ts'),
]);

const { problems, content } = checkContent(contentDir, root);
if (problems.length) fail(formatProblems(problems));

let redirects: ReturnType<typeof siteRedirects>;
try {
  redirects = siteRedirects(content, now);
} catch (error) {
  failInternal(error);
}

removeScratch();
let incrementalManifest: string;
try {
  mkdirSync(dirname(planFile), { recursive: true });
  const plan = configPlan(content, now);
  writeFileSync(planFile, serializeConfigPlan(plan));
  incrementalManifest = join(astroCacheDir(root, cacheRoot, plan.links), INCREMENTAL_MANIFEST_FILE);
} catch (error) {
  failInternal(error);
}
// The previous site becomes the scratch folder when Astro's cache describes it; otherwise it is
// moved aside and deleted while Astro builds, as a failed build removes it anyway (it took ~13 s
// at 10,000 articles when deleted after).
const lastOutput = readOutputRecord(outputRecordFile);
const reused = reusable(lastOutput, outDir, incrementalManifest);
// The search index and the share cards are put in whole again after Astro, which never writes
// into their folders.
const replacedWhole = ['pagefind', SHARE_CARD_DIR];
if (reused) {
  renameSync(outDir, scratch);
  clearForAstro(scratch, lastOutput, replacedWhole);
} else if (existsSync(outDir)) renameSync(outDir, previous);
// Errors are left to the synchronous removal that follows it on every path.
const previousRemoved = Promise.all(
  (reused ? replacedWhole.map((name) => join(scratch, name)) : [previous]).map((path) => rm(path, { recursive: true, force: true })),
).catch(() => undefined);
// The content is valid: Astro builds (if its process is still there; if not, its exit is
// reported below), while one Pagefind process indexes the search documents, and a second joins
// when Astro is done.
// A callback, so that a process that went away meanwhile (a signal while the content was
// validated) makes no 'error' event, which would end this process with a stack trace.
if (astro.connected) astro.send('build', () => undefined);
let search: Promise<unknown>;
try {
  search = indexSite(content, now, searchIndex, {
    moreJobsAfter: astroExit,
    signal: stopSideWork.signal,
    cacheDir: resolve(cacheRoot, 'search'),
    everyPage: true,
  });
} catch (error) {
  search = Promise.reject(error);
}
// Handled here, so a search failure while Astro still runs does not end this process early;
// it is reported below, after Astro has exited.
search.catch(() => undefined);
// Share cards are drawn into their cache meanwhile too (only new or changed ones), and linked
// into the site.
const cardsCache = resolve(cacheRoot, 'share-cards');
const cards = siteShareCards(
  {
    name: SITE.name,
    tagline: SITE.tagline,
    articles: content.articles,
    categories: content.categories,
    tags: content.tags,
    authors: content.authors,
  },
  now,
);
const drawing = drawShareCards(cards, SITE.name, cardsCache, stopSideWork.signal);
drawing.catch(() => undefined);
// Both go into the site as soon as they are ready, Astro or not: it never writes into their folders.
const placed = (async () => {
  await Promise.all([search, previousRemoved]);
  mkdirSync(scratch, { recursive: true });
  renameSync(searchIndex, join(scratch, 'pagefind'));
  const report = await drawing;
  placeShareCards(cards, SITE.name, cardsCache, scratch);
  return report;
})();
placed.catch(() => undefined);
/** Fails once Astro is done: the work beside it is stopped and waited for first. */
async function failAfterAstro(message: string): Promise<never> {
  stopSideWork.abort();
  await placed.catch(() => undefined);
  await search.catch(() => undefined);
  await drawing.catch(() => undefined);
  await previousRemoved;
  fail(message);
}
const astroResult = await astroExit;
rmSync(planFile, { force: true });
if (astroResult.code !== 0) {
  // The child has already printed its problem block (or Astro's own error).
  await failAfterAstro(stoppedBy ? stoppedMessage() : astroResult.signal ? `Astro 构建被信号 ${astroResult.signal} 中止。` : '');
}

// What Astro made this time; a reused site loses the pages it did not make (before the check
// below, so a page left from the last build cannot stand in for one Astro failed to make).
let pages: string[] = [];
try {
  pages = JSON.parse(readFileSync(pagesFile, 'utf8')) as string[];
  rmSync(pagesFile);
  if (reused) removeStalePages(scratch, lastOutput.pages, pages);
} catch (error) {
  await failAfterAstro(internalMessage(error));
}

const counts = publicationCounts(
  content.articles.map((a) => a.data),
  now,
);
// Every published article has its page, or nothing is deployed (scripts/lib/site-complete.ts).
const missing = missingArticlePages(
  scratch,
  content.articles.filter((a) => isPublished(a.data, now)).map((a) => a.slug),
);
if (missing.length) await failAfterAstro(incompleteSiteMessage(missing, counts.published));

let cardReport: Awaited<typeof drawing> | undefined;
try {
  cardReport = await placed;
  rmSync(previous, { recursive: true, force: true });
  // _headers and _nginx/ go into the site itself: the artefact that is deployed carries the
  // headers and redirects of its own content, whichever way it is hosted.
  writeHostingFiles(scratch, redirects);
  if (keyFile) writeFileSync(resolve(scratch, keyFile.name), keyFile.text);
} catch (error) {
  await placed.catch(() => undefined);
  await previousRemoved;
  if (stoppedBy) fail(stoppedMessage());
  failInternal(error);
}

rmSync(outDir, { recursive: true, force: true });
renameSync(scratch, outDir);
writeOutputRecord(outputRecordFile, outDir, incrementalManifest, pages, filesUnder(join(root, 'public')));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const next = counts.nextScheduled ? `（最早 ${formatDateTimeZh(counts.nextScheduled)}）` : '';
console.log(
  `已生成网站：${outDir}（${seconds} 秒）。文章：已发布 ${counts.published} 篇，定时发布 ${counts.scheduled} 篇${next}，草稿 ${counts.drafts} 篇。`,
);
console.log(
  `分享卡片：新画 ${cardReport!.drawn} 张，沿用 ${cardReport!.reused} 张（${cardReport!.seconds.toFixed(1)} 秒，与 Astro 同时进行）。`,
);
for (const { path, chars } of cardReport!.missing)
  console.warn(`\n提醒：${path} 的分享卡片里有字体没有的字符 ${chars.map((c) => `“${c}”`).join('')}，卡片上会显示为空白。`);
for (const warning of productionWarnings(SITE)) console.warn(`\n${warning}`);
