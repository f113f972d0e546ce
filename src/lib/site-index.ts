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

export function sitemapPlan(articles: readonly IndexedArticle[], now: Date, pageSize: number): SitemapPlan {
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
  return { exclude, lastmod };
}
