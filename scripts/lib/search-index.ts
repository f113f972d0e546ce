// Search index over the built article pages (Pagefind). Only article pages are read (listings
// only repeat their titles) and inside them only the element marked data-pagefind-body.
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

export const SHARD_SIZE = Number(process.env.SEARCH_SHARD_SIZE ?? 1000);
export const JOBS = Number(process.env.SEARCH_JOBS ?? availableParallelism());

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

function run(bin: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
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

async function indexShard(bin: string, siteDir: string, n: number, slugs: string[]): Promise<number> {
  // Beside the site, so hard links work (same file system) and nothing stray is deployed.
  const source = `${siteDir}.search-${n}`;
  rmSync(source, { recursive: true, force: true });
  try {
    for (const slug of slugs) {
      mkdirSync(join(source, 'articles', slug), { recursive: true });
      linkSync(join(siteDir, 'articles', slug, 'index.html'), join(source, 'articles', slug, 'index.html'));
    }
    const output = join(siteDir, shardPath(n));
    await run(bin, ['--site', source, '--output-path', output, '--force-language', 'zh-cn', '--silent']);
    const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
}

export async function buildSearchIndex(siteDir: string, shardSize = SHARD_SIZE, jobs = JOBS): Promise<{ pages: number; shards: number }> {
  const bin = pagefindBinary();
  const shards = splitIntoShards(readdirSync(join(siteDir, 'articles')).sort(), shardSize, jobs);
  const pages: number[] = [];
  let next = 0;
  // The first failure stops the other workers from starting new shards; the build then fails.
  let failed = false;
  const worker = async () => {
    while (!failed && next < shards.length) {
      const n = next++;
      try {
        pages[n] = await indexShard(bin, siteDir, n, shards[n]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  // Settled, not Promise.all: no Pagefind process may still be writing when the caller cleans up.
  const settled = await Promise.allSettled(Array.from({ length: Math.min(jobs, shards.length) }, worker));
  const failure = settled.find((s) => s.status === 'rejected');
  if (failure) throw failure.reason;
  mkdirSync(join(siteDir, 'pagefind'), { recursive: true });
  writeFileSync(join(siteDir, 'pagefind', 'shards.json'), JSON.stringify(shards.slice(1).map((_, i) => `/${shardPath(i + 1)}/`)));
  return { pages: pages.reduce((a, b) => a + b, 0), shards: shards.length };
}
