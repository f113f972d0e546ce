// The glue between Astro's collections and the pure helpers in src/lib: every page asks here,
// so pages, listings and feed all see the same set of articles, sorted the same way. (Search
// and the sitemap are made from the validated content with the same predicate.)
import type { PaginateFunction } from 'astro';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildInputs, publicationNow } from '../build-inputs.ts';
import { SITE } from '../config.ts';
import { withRenderedBody } from '../lib/article-bodies.ts';
import { isStale } from '../lib/channels.ts';
import { entryKey, pageKey } from '../lib/page-keys.ts';
import { isIndexable, publicationStatus, visibleIn, type PublicationStatus, type SiteMode } from '../lib/published.ts';
import { lastModified } from '../lib/site-index.ts';
import { renderedBodiesError } from '../lib/unsafe-body.ts';

export type Article = CollectionEntry<'articles'>;

const inputs = buildInputs();
/** The build's moment, which ages are measured from (a channel's last check). */
export const buildNow = inputs.now;
/** What publication is judged against: later than every scheduled article in a `--future` preview. */
const publishedBy = publicationNow(inputs);

/**
 * The dev server previews drafts and scheduled articles for editors; a build is for readers.
 * The only place that asks which one this is (src/site-mode.ts answers from Astro's command;
 * anything but `astro dev` is a build): pages and components never do.
 */
const mode: SiteMode = import.meta.env.SITE_MODE === 'dev' ? 'dev' : 'production';

const byNewest = (a: Article, b: Article) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id);

let visible: Promise<Article[]> | undefined;
/**
 * The articles these pages show, newest first, computed once: the published ones in a build;
 * in the dev server drafts and scheduled ones too (statusOf() tells them apart).
 */
export function visibleArticles(): Promise<Article[]> {
  visible ??= getCollection('articles', (entry) => visibleIn(mode, entry.data, publishedBy)).then((list) => {
    // A Markdown body that failed the rendered-body check, or that Astro could not render, stops
    // the build here, before any page is made (src/lib/unsafe-body.ts).
    const error = renderedBodiesError(list, inputs.cacheRoot);
    if (error) throw error;
    return list.sort(byNewest);
  });
  return visible;
}

/** The article's body for its page: Astro's render() of the entry with its body read back from its file. */
export function renderArticle(article: Article) {
  return render(withRenderedBody(article, __ARTICLE_BODIES__));
}

/** Published, scheduled or draft, at the build's "now". Always published in a build. */
export function statusOf(article: Article): PublicationStatus {
  return publicationStatus(article.data, publishedBy);
}

/** Whether search engines may index the article's page: never a draft or a scheduled article. */
export function indexable(article: Article): boolean {
  return isIndexable(article.data, publishedBy);
}

let bySlug: Promise<Map<string, Article>> | undefined;
/** Visible articles by slug, built once (article pages look up related and neighbours). */
export function articlesBySlug(): Promise<Map<string, Article>> {
  bySlug ??= visibleArticles().then((list) => new Map(list.map((a) => [a.id, a])));
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

/** Groups visible articles by a key in one pass (category, each tag, author). */
export async function groupBy(key: (a: Article) => readonly string[]): Promise<Map<string, Article[]>> {
  const groups = new Map<string, Article[]>();
  for (const article of await visibleArticles()) {
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
  related ??= Promise.all([visibleArticles(), import('../lib/related.ts')]).then(([list, { buildRelatedIndex }]) =>
    buildRelatedIndex(list.map((a) => ({ slug: a.id, category: a.data.category, tags: a.data.tags, date: a.data.pubDate }))),
  );
  return related;
}

let site: Promise<string> | undefined;
/** The part of every page's cache key that every page shows: SITE, the registries, staleness. */
function siteKey(): Promise<string> {
  site ??= registries().then(({ channels, authors, categories, tags }) =>
    pageKey(
      mode,
      SITE,
      [...channels.values()].map((c) => [entryKey(c), isStale(c.data.verifiedAt, buildNow, SITE.channelStaleDays)]),
      [...authors.values(), ...categories.values(), ...tags.values()].map(entryKey),
    ),
  );
  return site;
}

/** An article page's cache key: the article, the articles it links as related and neighbours. */
export async function articleKey(article: Article): Promise<string> {
  const [siteWide, index, bySlug] = await Promise.all([siteKey(), relatedIndex(), articlesBySlug()]);
  const { prev, next } = index.neighbours(article.id);
  const shown = [...index.related(article.id), prev, next].map((slug) => (slug ? entryKey(bySlug.get(slug)!) : null));
  return pageKey(siteWide, entryKey(article), shown);
}

/** A listing page's (or a redirect's) cache key: what it lists and where it stands. */
export async function listKey(articles: readonly Article[], ...position: unknown[]): Promise<string> {
  return pageKey(await siteKey(), articles.map(entryKey), position);
}

/** Every page of a listing per registry entry (a category, a tag), each with its cache key. */
export async function listingPaths<E extends { id: string }>(
  paginate: PaginateFunction,
  entries: Iterable<E>,
  groups: Map<string, Article[]>,
) {
  const pages = [...entries].flatMap((entry) =>
    paginate(groups.get(entry.id) ?? [], { params: { id: entry.id }, props: { entry }, pageSize: SITE.pageSize }),
  );
  return Promise.all(
    pages.map(async (path) => {
      const { page, entry } = path.props;
      return { ...path, cacheKey: await listKey(page.data, entry.id, page.currentPage, page.lastPage, page.total) };
    }),
  );
}
