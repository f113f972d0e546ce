import { describe, expect, it } from 'vitest';
import { shardPath, splitIntoShards } from '../../scripts/lib/search-index.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('splitIntoShards', () => {
  it('keeps a small site in one shard whatever the number of jobs', () => {
    expect(splitIntoShards(range(14), 1000, 2)).toEqual([range(14)]);
  });

  it('splits a site that fits one shard across the jobs, so both cores index', () => {
    const shards = splitIntoShards(range(1000), 1000, 2);
    expect(shards.map((s) => s.length)).toEqual([500, 500]);
  });

  it('caps shards at the maximum size on large sites', () => {
    const shards = splitIntoShards(range(10_001), 1000, 2);
    expect(shards).toHaveLength(11);
    expect(Math.max(...shards.map((s) => s.length))).toBe(1000);
  });

  it('loses and repeats no item, in order', () => {
    for (const [n, size, jobs] of [[1, 1, 1], [999, 7, 3], [2_500, 1000, 2], [600, 250, 4]] as const) {
      expect(splitIntoShards(range(n), size, jobs).flat()).toEqual(range(n));
    }
  });

  it('rejects a shard size or job count that is not a positive integer, naming the setting', () => {
    expect(() => splitIntoShards(range(10), Number('abc'))).toThrow(/SEARCH_SHARD_SIZE/);
    expect(() => splitIntoShards(range(10), 0)).toThrow(/SEARCH_SHARD_SIZE/);
    expect(() => splitIntoShards(range(10), 10, 0)).toThrow(/SEARCH_JOBS/);
  });

  it('puts the first shard where Pagefind’s own script is looked for', () => {
    expect(shardPath(0)).toBe('pagefind');
    expect(shardPath(3)).toBe('pagefind/shard-3');
  });
});
