// The glue between Astro's collections and the pure helpers in src/lib: every page asks here,
// so listings, feed, search and sitemap all see the same published set, sorted the same way.
import { getCollection, type CollectionEntry } from 'astro:content';
import { SITE } from '../config.ts';
import { resolveBuildNow } from '../lib/dates.ts';
import { isPublished } from '../lib/published.ts';
import { lastModified } from '../lib/site-index.ts';

export type Article = CollectionEntry<'articles'>;

export const buildNow = resolveBuildNow(process.env);

const byNewest = (a: Article, b: Article) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id);

let published: Promise<Article[]> | undefined;
/** Published articles, newest first. Computed once per build. */
export function publishedArticles(): Promise<Article[]> {
  published ??= getCollection('articles', (entry) => isPublished(entry.data, buildNow)).then((list) => list.sort(byNewest));
  return published;
}

let bySlug: Promise<Map<string, Article>> | undefined;
/** Published articles by slug, built once (article pages look up related and neighbours). */
export function articlesBySlug(): Promise<Map<string, Article>> {
  bySlug ??= publishedArticles().then((list) => new Map(list.map((a) => [a.id, a])));
  return bySlug;
}

async function registry<C extends 'channels' | 'authors' | 'categories' | 'tags'>(name: C) {
  const entries = await getCollection(name);
  return new Map(entries.map((entry) => [entry.id, entry as CollectionEntry<C>]));
}

let maps: Promise<Awaited<ReturnType<typeof loadMaps>>> | undefined;
async function loadMaps() {
  const [channels, authors, categories, tags] = await Promise.all([
    registry('channels'),
    registry('authors'),
    registry('categories'),
    registry('tags'),
  ]);
  return { channels, authors, categories, tags };
}
export function registries() {
  maps ??= loadMaps();
  return maps;
}

/** Groups published articles by a key in one pass (category, each tag, author). */
export async function groupBy(key: (a: Article) => readonly string[]): Promise<Map<string, Article[]>> {
  const groups = new Map<string, Article[]>();
  for (const article of await publishedArticles()) {
    for (const k of key(article)) {
      const list = groups.get(k);
      if (list) list.push(article);
      else groups.set(k, [article]);
    }
  }
  return groups;
}

export { lastModified, SITE };

let related: Promise<import('../lib/related.ts').RelatedIndex> | undefined;
/** Related articles and category neighbours, indexed once per build. */
export function relatedIndex() {
  related ??= Promise.all([publishedArticles(), import('../lib/related.ts')]).then(([list, { buildRelatedIndex }]) =>
    buildRelatedIndex(list.map((a) => ({ slug: a.id, category: a.data.category, tags: a.data.tags, date: a.data.pubDate }))),
  );
  return related;
}
