// Search index (Pagefind) over article pages, by slug, of which only the element marked
// data-pagefind-body is read. The build passes the documents of ./documents.ts so
// indexing overlaps Astro's build; tests also index built sites (articlePages).
//
// Pagefind's indexing costs ~5 ms of user and ~2 ms of system CPU and ~0.5 MB of memory per page
// here, the same for shards of 175 to 1,397 pages (with its own Chinese segmenter more, and one
// index of 10,000 articles took ~5 minutes and ~10 GB: it grows worse than linearly in one
// index). So articles are indexed in shards of SHARD_SIZE:
// /pagefind/ holds the first, /pagefind/shard-<n>/ the others, and /pagefind/shards.json lists the
// extra ones for the search page to merge at query time. Shards are independent, so JOBS of them
// are indexed at once, each by its own Pagefind process (the command line, which was ~1.5× faster
// than the Node API on the same pages) reading a scratch folder of its pages with the words
// separated (./words.ts), indexed as a language Pagefind does not segment.
//
// An article goes to the shard its slug hashes to, so editing, adding or removing one changes
// one shard; with a cache folder, a shard whose documents are byte for byte those of an earlier
// build is copied from there instead of indexed again (a warm rebuild indexes what changed).
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statfsSync,
  writeFileSync,
} from 'node:fs';
import { linkTree } from '../lib/link-files.ts';
import { basename, dirname, join, resolve as absolute } from 'node:path';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { separateWordsInHtml } from './words.ts';
import { packageVersion } from '../lib/packages.ts';

// ~0.5 MB of Pagefind memory per page; one shard is indexed beside Astro's build, whose own peak
// is ~1.3-1.8 GB at 10,000 articles, and the whole build should stay under 3 GB. Every shard is
// more files for a reader's search to fetch (3–5 requests and 5–20 KiB each: npm run bench:search);
// its build cost is small (a Pagefind process starts in ~0.05 s), so shards are as large as
// memory beside Astro allows.
export const SHARD_SIZE = Number(process.env.SEARCH_SHARD_SIZE ?? 1600);
export const JOBS = Number(process.env.SEARCH_JOBS ?? availableParallelism());

/** Where shard n lives in the built site. */
export function shardPath(n: number): string {
  return n === 0 ? 'pagefind' : `pagefind/shard-${n}`;
}

// FNV-1a: a stable, well-spread hash of a slug (the same in every build and on every machine).
function bucketOf(slug: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < slug.length; i++) hash = Math.imul(hash ^ slug.charCodeAt(i), 0x01000193) >>> 0;
  return hash % buckets;
}

/**
 * As few shards as hold at most about maxSize slugs each (hashing spreads them within a few
 * percent), each sorted. A site that fits one shard is not split for the second core: one
 * Pagefind process indexes it while Astro builds and is done before Astro is, and a reader's
 * search then fetches one index. A slug's shard depends only on the slug and the number of
 * shards, which changes only when the site crosses a multiple of the shard size.
 */
export function splitIntoShards(slugs: string[], maxSize: number): string[][] {
  if (!Number.isInteger(maxSize) || maxSize < 1) throw new Error(`SEARCH_SHARD_SIZE 应为正整数，实际为 ${maxSize}`);
  const count = Math.ceil(slugs.length / maxSize);
  const shards: string[][] = Array.from({ length: count }, () => []);
  for (const slug of [...slugs].sort()) shards[bucketOf(slug, count)]!.push(slug);
  return shards.filter((shard) => shard.length > 0);
}

/**
 * An empty folder for the documents Pagefind reads. They live for seconds and are read once, so
 * they go to memory (`memory`, Linux's shared-memory file system) where there is room: on disk,
 * writing and deleting 10,000 of them (a folder each, as Pagefind takes a page's URL from its
 * path) cost twice the CPU on their own (1.5–2.1 s against 0.8–1.0 s) and ~11 s of the build's
 * CPU while Astro wrote the site. SEARCH_SCRATCH_DIR names another place.
 */
export function scratchRoot(output: string, bytes: number, memory = '/dev/shm'): string {
  let base = process.env.SEARCH_SCRATCH_DIR || dirname(output);
  if (!process.env.SEARCH_SCRATCH_DIR) {
    try {
      accessSync(memory, constants.W_OK);
      // Room for every document twice over (separated words are longer): a container's /dev/shm
      // can be as small as 64 MB, and a full one would fail the build.
      const { bavail, bsize } = statfsSync(memory);
      if (bavail * bsize > 2 * bytes) base = memory;
    } catch {
      // No such file system here: beside the output folder, as nothing stray may be deployed.
    }
  }
  // Named after the output folder, so a build that was killed leaves nothing the next build of
  // the same site does not replace, and builds of different sites do not meet.
  const root = join(base, `${basename(output)}.source-${createHash('sha256').update(absolute(output)).digest('hex').slice(0, 12)}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  return root;
}

/**
 * The Pagefind binary the build runs, resolved as the `pagefind` package's own resolver does it
 * (its lib/resolveBinary.js, which the package does not export): PAGEFIND_EXTENDED_BINARY_PATH
 * first, then the platform package it installs, `_extended` being the build that segments
 * Chinese, with Windows' names.
 */
export function pagefindBinary(env: NodeJS.ProcessEnv = process.env): { bin: string; version: string } {
  const require = createRequire(import.meta.url);
  const version = packageVersion('pagefind');
  if (env.PAGEFIND_EXTENDED_BINARY_PATH) return { bin: env.PAGEFIND_EXTENDED_BINARY_PATH, version };
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const executable = platform === 'windows' ? 'pagefind_extended.exe' : 'pagefind_extended';
  return { bin: require.resolve(`@pagefind/${platform}-${env.npm_config_arch || process.arch}/bin/${executable}`), version };
}

function run(bin: string, args: string[], signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], signal });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`Pagefind 建索引失败（${signal ?? `退出码 ${code}`}）：\n${output.trim()}`));
    });
  });
}

interface Shard {
  n: number;
  slugs: string[];
}

/** Article pages by slug. */
/**
 * A page's HTML, or what makes it with what identifies the HTML it makes: a page of a shard whose
 * index the cache holds is then never made (making every search document was most of the work
 * of a rebuild after one edit).
 */
export interface PageSource {
  key: string;
  html: () => string;
}

/** Pages to index by slug. */
export type Pages = ReadonlyMap<string, string | PageSource>;

/** The article pages of a built site: <siteDir>/articles/<slug>/index.html. */
export function articlePages(siteDir: string): ReadonlyMap<string, string> {
  const dir = join(siteDir, 'articles');
  return new Map(readdirSync(dir).map((slug) => [slug, readFileSync(join(dir, slug, 'index.html'), 'utf8')]));
}

export interface IndexRecord {
  title: string;
  content: string;
}

/** Every record of a (sharded) Pagefind index, by URL. Fragments are gzip with a text prefix. */
export function indexRecords(pagefindDir: string): Map<string, IndexRecord> {
  const out = new Map<string, IndexRecord>();
  const dirs = [
    pagefindDir,
    ...readdirSync(pagefindDir)
      .filter((d) => d.startsWith('shard-'))
      .map((d) => join(pagefindDir, d)),
  ];
  for (const dir of dirs) {
    for (const file of readdirSync(join(dir, 'fragment'))) {
      const json = gunzipSync(readFileSync(join(dir, 'fragment', file)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, '');
      const fragment = JSON.parse(json) as { url: string; content: string; meta: { title: string } };
      out.set(fragment.url, { title: fragment.meta.title, content: fragment.content });
    }
  }
  return out;
}

function pageCount(output: string): number {
  const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
}

interface Indexer {
  bin: string;
  args: string[];
  /** Pagefind's version and arguments: an index made by another Pagefind is not reused. */
  fingerprint: string;
  cacheDir?: string;
}

/** Whether a cache entry holds a whole index (one is renamed into place only when complete). */
const isCached = (entry: string | undefined): boolean => entry !== undefined && existsSync(join(entry, 'pagefind-entry.json'));

// What a shard's index is made from: its number, its documents' slugs and text (or their keys), and Pagefind.
function shardKey(indexer: Indexer, pages: Pages, { n, slugs }: Shard): string {
  const hash = createHash('sha256').update(`${indexer.fingerprint}\0${n}`);
  for (const slug of slugs) {
    const page = pages.get(slug)!;
    hash.update(`\0${slug}\0`).update(typeof page === 'string' ? `html\0${page}` : `key\0${page.key}`);
  }
  return hash.digest('hex').slice(0, 32);
}

/** Indexes one shard into `output`; returns its page count and the cache entry it used or made. */
async function indexShard(
  indexer: Indexer,
  documents: ReadonlyMap<string, string>,
  key: string | undefined,
  inCache: boolean,
  output: string,
  source: string,
  shard: Shard,
  signal: AbortSignal,
): Promise<{ pages: number; key?: string; reused: boolean }> {
  const cached = key ? join(indexer.cacheDir!, key) : undefined;
  if (cached && inCache) {
    linkTree(cached, output);
    return { pages: pageCount(output), key, reused: true };
  }
  // Words are separated here, for the shards that are indexed, not for the ones the cache has.
  rmSync(source, { recursive: true, force: true });
  try {
    for (const slug of shard.slugs) {
      mkdirSync(join(source, 'articles', slug), { recursive: true });
      writeFileSync(join(source, 'articles', slug, 'index.html'), separateWordsInHtml(documents.get(slug)!));
    }
    if (!cached) {
      await run(indexer.bin, ['--site', source, '--output-path', output, ...indexer.args], signal);
      return { pages: pageCount(output), reused: false };
    }
    // Into the cache under a temporary name, renamed once complete: a build stopped halfway
    // leaves no entry that looks whole.
    const partial = `${cached}.partial`;
    rmSync(partial, { recursive: true, force: true });
    await run(indexer.bin, ['--site', source, '--output-path', partial, ...indexer.args], signal);
    renameSync(partial, cached);
    linkTree(cached, output);
    return { pages: pageCount(output), key, reused: false };
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
}

export interface IndexOptions {
  shardSize?: number;
  jobs?: number;
  /** Start only one Pagefind process until this settles (the build's Astro process), then `jobs`. */
  moreJobsAfter?: Promise<unknown>;
  /** Aborting stops the indexing: running Pagefind processes are killed, no new shard starts. */
  signal?: AbortSignal;
  /**
   * Keeps each shard's index here and reuses it while the shard's documents are unchanged;
   * entries this build did not use are removed, so it holds one index.
   */
  cacheDir?: string;
  /**
   * Fail, naming them, if Pagefind left out any page (it skips a page without indexable text
   * when others have some): no article may silently be missing from search. Built sites hold
   * redirect pages without a body, so only the build's own documents are checked.
   */
  everyPage?: boolean;
}

/** Indexes the article pages, as /articles/<slug>/, into pagefindDir (the site's /pagefind/). */
export async function buildSearchIndex(
  pages: Pages,
  pagefindDir: string,
  options: IndexOptions = {},
): Promise<{ pages: number; shards: number; reused: number }> {
  const { shardSize = SHARD_SIZE, jobs = JOBS, moreJobsAfter, cacheDir } = options;
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`SEARCH_JOBS 应为正整数，实际为 ${jobs}`);
  const { bin, version } = pagefindBinary();
  // `und`: no language, so Pagefind splits words at spaces only; the search page is zh-CN, so
  // Pagefind's script still splits the reader's query with ICU.
  const args = ['--force-language', 'und', '--silent'];
  // An index made by another Pagefind, or from words another ICU or another version of the word
  // separation cut, is not reused.
  const separation = createHash('sha256')
    .update(readFileSync(new URL('./words.ts', import.meta.url)))
    .digest('hex')
    .slice(0, 12);
  const fingerprint = `pagefind_extended ${version} ${args.join(' ')} icu ${process.versions.icu} words ${separation}`;
  const indexer: Indexer = { bin, args, fingerprint, cacheDir };
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  const shards = splitIntoShards([...pages.keys()], shardSize).map((slugs, n) => ({ n, slugs }));
  const keys = shards.map((shard) => (cacheDir ? shardKey(indexer, pages, shard) : undefined));
  const inCache = keys.map((key) => isCached(key && join(cacheDir!, key)));
  const stop = new AbortController();
  if (options.signal?.aborted) stop.abort();
  options.signal?.addEventListener('abort', () => stop.abort(), { once: true });
  const results: Awaited<ReturnType<typeof indexShard>>[] = [];
  // The documents of the shards to index (and only those) are made now: how much room they take
  // decides where they are written.
  const documents = new Map<string, string>();
  let bytes = 0;
  for (const shard of shards) {
    if (inCache[shard.n]) continue;
    for (const slug of shard.slugs) {
      const page = pages.get(slug)!;
      const html = typeof page === 'string' ? page : page.html();
      documents.set(slug, html);
      bytes += Buffer.byteLength(html);
    }
  }
  const sources = scratchRoot(pagefindDir, bytes);
  let next = 0;
  const worker = async (start: Promise<unknown>) => {
    await start.catch(() => undefined);
    while (!stop.signal.aborted && next < shards.length) {
      const shard = shards[next++]!;
      try {
        const output = shard.n === 0 ? pagefindDir : join(pagefindDir, `shard-${shard.n}`);
        results[shard.n] = await indexShard(
          indexer,
          documents,
          keys[shard.n],
          inCache[shard.n]!,
          output,
          join(sources, String(shard.n)),
          shard,
          stop.signal,
        );
      } catch (error) {
        // The first failure stops the other workers too; the build then fails.
        stop.abort();
        throw error;
      }
    }
  };
  const starts = Array.from({ length: Math.min(jobs, shards.length) }, (_, i) =>
    i === 0 ? Promise.resolve() : (moreJobsAfter ?? Promise.resolve()),
  );
  // Settled, not Promise.all: no Pagefind process may still be writing when the caller cleans up.
  const settled = await Promise.allSettled(starts.map(worker));
  rmSync(sources, { recursive: true, force: true });
  const failure = settled.find((s) => s.status === 'rejected');
  if (failure) throw failure.reason;
  if (stop.signal.aborted) throw new Error('搜索索引已中止');
  mkdirSync(pagefindDir, { recursive: true });
  writeFileSync(join(pagefindDir, 'shards.json'), JSON.stringify(shards.slice(1).map(({ n }) => `/${shardPath(n)}/`)));
  if (cacheDir) {
    const used = new Set(results.map((r) => r.key));
    for (const entry of readdirSync(cacheDir)) if (!used.has(entry)) rmSync(join(cacheDir, entry), { recursive: true, force: true });
  }
  const indexed = results.reduce((sum, r) => sum + r.pages, 0);
  if (options.everyPage && indexed !== pages.size) {
    const urls = indexRecords(pagefindDir);
    const missing = [...pages.keys()].filter((slug) => !urls.has(`/articles/${slug}/`));
    throw new Error(
      `搜索索引收录了 ${indexed} 篇文章，应为 ${pages.size} 篇；缺少：${missing.slice(0, 10).join('、')}${missing.length > 10 ? ` 等 ${missing.length} 篇` : ''}`,
    );
  }
  return { pages: indexed, shards: shards.length, reused: results.filter((r) => r.reused).length };
}
