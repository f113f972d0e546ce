// What the sitemap needs to know about each URL, derived in one linear pass over the articles.
import { isIndexable, isPublished } from './published.ts';
import { paths } from './urls.ts';

export interface IndexedArticle {
  slug: string;
  category: string;
  tags: readonly string[];
  author: string;
  pubDate: Date;
  updatedDate?: Date;
  draft: boolean;
  noindex: boolean;
  redirectFrom: readonly string[];
}

export interface SitemapPlan {
  /** Site paths that are built but must not be in the sitemap. */
  exclude: Set<string>;
  /** Last modification per site path (articles, listings, home). */
  lastmod: Map<string, Date>;
}

export const lastModified = (a: Pick<IndexedArticle, 'pubDate' | 'updatedDate'>): Date => a.updatedDate ?? a.pubDate;

export function pageCount(items: number, pageSize: number): number {
  return Math.max(1, Math.ceil(items / pageSize));
}

/**
 * A listing with fewer published articles than `min` is thin: Baidu's rules against thin
 * aggregation pages (劲风算法) penalise indexing it, so it is built with noindex, follow and
 * left out of the sitemap until it fills up.
 */
export function isThinListing(count: number, min: number): boolean {
  return count < min;
}

export interface Listings {
  categories: readonly string[];
  tags: readonly string[];
  /** Fewest published articles for a category or tag page to be indexed. */
  thinMin: number;
}

export function sitemapPlan(articles: readonly IndexedArticle[], now: Date, pageSize: number, listings?: Listings): SitemapPlan {
  const exclude = new Set<string>([paths.search()]);
  const lastmod = new Map<string, Date>();
  const groups = new Map<string, { newest: Date; count: number; page: (n: number) => string }>();
  const bump = (key: string, page: (n: number) => string, date: Date) => {
    const group = groups.get(key) ?? { newest: date, count: 0, page };
    group.count += 1;
    if (date > group.newest) group.newest = date;
    groups.set(key, group);
  };

  for (const article of articles) {
    for (const old of article.redirectFrom) exclude.add(paths.article(old));
    if (!isPublished(article, now)) continue;
    const date = lastModified(article);
    bump('home', () => paths.home(), date);
    bump(`c:${article.category}`, (n) => paths.category(article.category, n), date);
    for (const tag of article.tags) bump(`t:${tag}`, (n) => paths.tag(tag, n), date);
    bump(`a:${article.author}`, () => paths.author(article.author), date);
    if (isIndexable(article, now)) lastmod.set(paths.article(article.slug), date);
    else exclude.add(paths.article(article.slug));
  }
  for (const [key, group] of groups) {
    const pages = key === 'home' || key.startsWith('a:') ? 1 : pageCount(group.count, pageSize);
    for (let n = 1; n <= pages; n++) lastmod.set(group.page(n), group.newest);
  }
  if (listings) {
    const thin = (key: string, page: (n: number) => string) => {
      const count = groups.get(key)?.count ?? 0;
      if (!isThinListing(count, listings.thinMin)) return;
      // A thin listing has one page (thinMin is at most a page's worth of articles in practice).
      for (let n = 1; n <= pageCount(count, pageSize); n++) {
        exclude.add(page(n));
        lastmod.delete(page(n));
      }
    };
    for (const id of listings.categories) thin(`c:${id}`, (n) => paths.category(id, n));
    for (const id of listings.tags) thin(`t:${id}`, (n) => paths.tag(id, n));
  }
  return { exclude, lastmod };
}
