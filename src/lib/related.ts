// Related articles and category neighbours, computed once per build from inverted indexes, so
// the cost per article stays flat as the site grows (no comparison of every pair).

export interface RelatedInput {
  slug: string;
  category: string;
  tags: readonly string[];
  /** Newer first when scores tie. */
  date: Date;
}

export interface RelatedIndex {
  related(slug: string): string[];
  neighbours(slug: string): { prev?: string; next?: string };
}

/** `items` must be sorted newest first; each bucket keeps at most `bucketCap` candidates. */
export function buildRelatedIndex(items: readonly RelatedInput[], options: { limit?: number; bucketCap?: number } = {}): RelatedIndex {
  const limit = options.limit ?? 4;
  const bucketCap = options.bucketCap ?? 40;
  const byTag = new Map<string, number[]>();
  const byCategory = new Map<string, number[]>();
  const position = new Map<string, number>();
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  items.forEach((item, i) => {
    position.set(item.slug, i);
    add(byCategory, item.category, i);
    for (const tag of item.tags) add(byTag, tag, i);
  });
  // Position of each article inside its own category list, for prev/next.
  const inCategory = new Map<string, number>();
  for (const list of byCategory.values())
    list.forEach((i, k) => {
      inCategory.set(items[i]!.slug, k);
    });

  const candidatesAround = (list: number[], self: number): number[] => {
    if (list.length <= bucketCap) return list;
    // Nearest in time to this article: a window around its own place in the (sorted) list.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < self) lo = mid + 1;
      else hi = mid;
    }
    const start = Math.max(0, Math.min(lo - (bucketCap >> 1), list.length - bucketCap));
    return list.slice(start, start + bucketCap);
  };

  return {
    related(slug) {
      const self = position.get(slug);
      if (self === undefined) return [];
      const item = items[self]!;
      const score = new Map<number, number>();
      for (const tag of item.tags) {
        for (const i of candidatesAround(byTag.get(tag) ?? [], self)) if (i !== self) score.set(i, (score.get(i) ?? 0) + 2);
      }
      for (const i of candidatesAround(byCategory.get(item.category) ?? [], self)) if (i !== self) score.set(i, (score.get(i) ?? 0) + 1);
      return [...score.entries()]
        .sort((a, b) => b[1] - a[1] || Math.abs(a[0] - self) - Math.abs(b[0] - self) || a[0] - b[0])
        .slice(0, limit)
        .map(([i]) => items[i]!.slug);
    },
    neighbours(slug) {
      const self = position.get(slug);
      if (self === undefined) return {};
      const list = byCategory.get(items[self]!.category)!;
      const k = inCategory.get(slug)!;
      // The list is newest first: "previous" is the older article, "next" the newer one.
      return { prev: k + 1 < list.length ? items[list[k + 1]!]!.slug : undefined, next: k > 0 ? items[list[k - 1]!]!.slug : undefined };
    },
  };
}
