// The one rule for what readers, feeds, search and crawlers may see. Every consumer calls these.
export interface PublishFields {
  draft: boolean;
  pubDate: Date;
  noindex: boolean;
}

/** Built, listed, in feed and search: not a draft and not scheduled after `now`. */
export function isPublished(data: PublishFields, now: Date): boolean {
  return !data.draft && data.pubDate.getTime() <= now.getTime();
}

/** Published and meant for search engines: also goes into the sitemap. */
export function isIndexable(data: PublishFields, now: Date): boolean {
  return isPublished(data, now) && !data.noindex;
}
