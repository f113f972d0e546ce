// Search index (Pagefind) over a folder of article pages: articles/<slug>/index.html, of which
// only the element marked data-pagefind-body is read. The build passes the documents of
// scripts/lib/search-sources.ts so indexing overlaps Astro's build; tests also index built sites.
//
// Pagefind's Chinese indexing costs ~8 ms and ~1 MB of memory per page here, and one index of
// 10,000 articles took ~5 minutes and ~10 GB. So articles are indexed in shards of SHARD_SIZE:
// /pagefind/ holds the first, /pagefind/shard-<n>/ the others, and /pagefind/shards.json lists
// the extra ones for the search page to merge at query time. Shards are independent, so JOBS of
// them are indexed at once, each by its own Pagefind process (the command line, which was ~1.5×
// faster than the Node API on the same pages) reading a folder of hard links to its pages.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

// ~0.9 MB of Pagefind memory per page; one shard is indexed beside Astro's build, whose own peak
// is ~1.8 GB at 10,000 articles, and the whole build should stay under 3 GB.
export const SHARD_SIZE = Number(process.env.SEARCH_SHARD_SIZE ?? 800);
export const JOBS = Number(process.env.SEARCH_JOBS ?? availableParallelism());

/** Where shard n lives in the built site. */
export function shardPath(n: number): string {
  return n === 0 ? 'pagefind' : `pagefind/shard-${n}`;
}

// Below this, a second Pagefind process costs more than it saves.
const MIN_SHARD = 250;

/**
 * Contiguous shards of at most maxSize items; a site that fits in fewer shards than there are
 * jobs is still split across the jobs (down to MIN_SHARD items each) so every core indexes.
 */
export function splitIntoShards<T>(items: T[], maxSize: number, jobs = 1): T[][] {
  if (!Number.isInteger(maxSize) || maxSize < 1) throw new Error(`SEARCH_SHARD_SIZE 应为正整数，实际为 ${maxSize}`);
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`SEARCH_JOBS 应为正整数，实际为 ${jobs}`);
  const size = Math.max(1, Math.min(maxSize, Math.max(MIN_SHARD, Math.ceil(items.length / jobs))));
  const shards: T[][] = [];
  for (let i = 0; i < items.length; i += size) shards.push(items.slice(i, i + size));
  return shards;
}

function pagefindBinary(): string {
  // The platform package the `pagefind` npm package installs; `_extended` is the build that
  // segments Chinese.
  const require = createRequire(import.meta.url);
  return require.resolve(`@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended`);
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

async function indexShard(bin: string, sourceDir: string, pagefindDir: string, { n, slugs }: Shard, signal: AbortSignal): Promise<number> {
  // Beside the source folder, so hard links work (same file system) and nothing stray is deployed.
  const source = `${sourceDir}.shard-${n}`;
  rmSync(source, { recursive: true, force: true });
  try {
    for (const slug of slugs) {
      mkdirSync(join(source, 'articles', slug), { recursive: true });
      linkSync(join(sourceDir, 'articles', slug, 'index.html'), join(source, 'articles', slug, 'index.html'));
    }
    const output = n === 0 ? pagefindDir : join(pagefindDir, `shard-${n}`);
    await run(bin, ['--site', source, '--output-path', output, '--force-language', 'zh-cn', '--silent'], signal);
    const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
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
}

/** Indexes <sourceDir>/articles/<slug>/index.html into pagefindDir (the site's /pagefind/). */
export async function buildSearchIndex(sourceDir: string, pagefindDir: string, options: IndexOptions = {}): Promise<{ pages: number; shards: number }> {
  const { shardSize = SHARD_SIZE, jobs = JOBS, moreJobsAfter } = options;
  const bin = pagefindBinary();
  const shards = splitIntoShards(readdirSync(join(sourceDir, 'articles')).sort(), shardSize, jobs).map((slugs, n) => ({ n, slugs }));
  const stop = new AbortController();
  options.signal?.addEventListener('abort', () => stop.abort(), { once: true });
  const pages: number[] = [];
  let next = 0;
  const worker = async (start: Promise<unknown>) => {
    await start.catch(() => undefined);
    while (!stop.signal.aborted && next < shards.length) {
      const shard = shards[next++]!;
      try {
        pages[shard.n] = await indexShard(bin, sourceDir, pagefindDir, shard, stop.signal);
      } catch (error) {
        // The first failure stops the other workers too; the build then fails.
        stop.abort();
        throw error;
      }
    }
  };
  const starts = Array.from({ length: Math.min(jobs, shards.length) }, (_, i) => (i === 0 ? Promise.resolve() : (moreJobsAfter ?? Promise.resolve())));
  // Settled, not Promise.all: no Pagefind process may still be writing when the caller cleans up.
  const settled = await Promise.allSettled(starts.map(worker));
  const failure = settled.find((s) => s.status === 'rejected');
  if (failure) throw failure.reason;
  if (stop.signal.aborted) throw new Error('搜索索引已中止');
  mkdirSync(pagefindDir, { recursive: true });
  writeFileSync(join(pagefindDir, 'shards.json'), JSON.stringify(shards.slice(1).map(({ n }) => `/${shardPath(n)}/`)));
  return { pages: pages.reduce((a, b) => a + b, 0), shards: shards.length };
}
