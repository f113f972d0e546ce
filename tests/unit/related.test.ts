import { describe, expect, it } from 'vitest';
import { buildRelatedIndex, type RelatedInput } from '../../src/lib/related.ts';

const item = (slug: string, category: string, tags: string[], day: number): RelatedInput => ({
  slug,
  category,
  tags,
  date: new Date(2026, 0, day),
});

describe('buildRelatedIndex', () => {
  // Newest first, as the site sorts them.
  const items = [
    item('e', 'fees', ['lakala'], 5),
    item('d', 'safety', ['scam', 'lakala'], 4),
    item('c', 'fees', [], 3),
    item('b', 'safety', ['scam'], 2),
    item('a', 'safety', ['scam', 'lakala'], 1),
  ];
  const index = buildRelatedIndex(items, { limit: 3 });

  it('ranks by shared tags, then category, never itself', () => {
    expect(index.related('a')).toEqual(['d', 'b', 'e']);
    expect(index.related('c')).toEqual(['e']);
    expect(index.related('nope')).toEqual([]);
  });

  it('gives older (prev) and newer (next) neighbours within the category', () => {
    expect(index.neighbours('b')).toEqual({ prev: 'a', next: 'd' });
    expect(index.neighbours('e')).toEqual({ prev: 'c', next: undefined });
  });

  it('looks only at a bounded window of a large bucket', () => {
    const many = Array.from({ length: 1000 }, (_, i) => item(`p${i}`, 'fees', ['common'], 1000 - i));
    const big = buildRelatedIndex(many, { limit: 4, bucketCap: 10 });
    // Nearest in time win among equal scores, and the cap keeps candidates local.
    expect(big.related('p500')).toEqual(['p499', 'p501', 'p498', 'p502']);
  });
});
