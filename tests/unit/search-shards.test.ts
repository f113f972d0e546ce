import { mkdirSync, mkdtempSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, scratchRoot, shardPath, splitIntoShards } from '../../src/search/pagefind.ts';

// Slugs like the site's: pinyin words and a number.
const slugs = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `pos-ji-ru-he-ji-huo-${String(from + i).padStart(5, '0')}`);
const sizes = (shards: string[][]) => shards.map((s) => s.length);

describe('splitIntoShards', () => {
  it('keeps a site that fits one shard in one shard, so a reader’s search fetches one index', () => {
    expect(splitIntoShards(slugs(14), 1600)).toEqual([slugs(14)]);
    expect(splitIntoShards(slugs(1600), 1600)).toEqual([slugs(1600)]);
  });

  it('makes as few shards as the maximum size allows on large sites, near that size', () => {
    const shards = splitIntoShards(slugs(10_001), 1000);
    expect(shards).toHaveLength(11);
    expect(Math.max(...sizes(shards))).toBeLessThan(1000 * 1.1);
    expect(splitIntoShards(slugs(10_000), 1600)).toHaveLength(7);
  });

  it('loses and repeats no slug, and keeps each shard sorted', () => {
    for (const [n, size] of [
      [1, 1],
      [999, 7],
      [2_500, 1000],
      [600, 250],
    ] as const) {
      const shards = splitIntoShards(slugs(n).reverse(), size);
      expect(shards.flat().sort()).toEqual(slugs(n));
      for (const shard of shards) expect(shard).toEqual([...shard].sort());
    }
  });

  it('moves no existing article to another shard when one is added, removed or renamed', () => {
    const before = splitIntoShards(slugs(5_000), 800);
    const shardOf = (shards: string[][]) => new Map(shards.flatMap((shard, i) => shard.map((slug) => [slug, i] as const)));
    const was = shardOf(before);
    for (const after of [
      splitIntoShards([...slugs(5_000), 'xin-wen-zhang'], 800),
      splitIntoShards(slugs(5_000).slice(1), 800),
      splitIntoShards(['gai-ming-hou', ...slugs(5_000).slice(1)], 800),
    ]) {
      expect(after).toHaveLength(before.length);
      const changed = after.filter((shard, i) => JSON.stringify(shard) !== JSON.stringify(before[i]));
      expect(changed.length).toBeLessThanOrEqual(2);
      const is = shardOf(after);
      for (const slug of slugs(4_999, 1)) expect(is.get(slug)).toBe(was.get(slug));
    }
  });

  it('rejects a shard size or job count that is not a positive integer, naming the setting', async () => {
    expect(() => splitIntoShards(slugs(10), Number('abc'))).toThrow(/SEARCH_SHARD_SIZE/);
    expect(() => splitIntoShards(slugs(10), 0)).toThrow(/SEARCH_SHARD_SIZE/);
    await expect(buildSearchIndex(new Map(), 'tests/.tmp/never-written', { jobs: 0 })).rejects.toThrow(/SEARCH_JOBS/);
  });

  it('puts the first shard where Pagefind’s own script is looked for', () => {
    expect(shardPath(0)).toBe('pagefind');
    expect(shardPath(3)).toBe('pagefind/shard-3');
  });
});

describe('scratchRoot', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scratch-root-'));
  const output = join(dir, 'site', 'dist.pagefind');
  const memory = join(dir, 'memory');
  mkdirSync(memory);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('puts the documents in memory when it has room for them twice over, in a fresh folder per site', () => {
    const root = scratchRoot(output, 1000, memory);
    expect(dirname(root)).toBe(memory);
    writeFileSync(join(root, 'left-over'), '');
    // The same site gets the same folder back, emptied; another site another folder.
    expect(scratchRoot(output, 1000, memory)).toBe(root);
    expect(readdirSync(root)).toEqual([]);
    expect(scratchRoot(join(dir, 'other', 'dist.pagefind'), 1000, memory)).not.toBe(root);
  });

  it('falls back to beside the output when memory is too small or missing, never failing the build', () => {
    const { bavail, bsize } = statfsSync(memory);
    expect(dirname(scratchRoot(output, (bavail * bsize) / 2 + 1, memory))).toBe(join(dir, 'site'));
    expect(dirname(scratchRoot(output, 1000, join(dir, 'no-such-folder')))).toBe(join(dir, 'site'));
  });

  it('uses SEARCH_SCRATCH_DIR when set', () => {
    process.env.SEARCH_SCRATCH_DIR = join(dir, 'chosen');
    try {
      expect(dirname(scratchRoot(output, 1000, memory))).toBe(join(dir, 'chosen'));
    } finally {
      delete process.env.SEARCH_SCRATCH_DIR;
    }
  });
});
