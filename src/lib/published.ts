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

export interface PublicationCounts {
  published: number;
  scheduled: number;
  /** The earliest pubDate among the scheduled ones. */
  nextScheduled?: Date;
  drafts: number;
}

/** What a build does with each article: the counts its summary line reports. */
export function publicationCounts(articles: readonly PublishFields[], now: Date): PublicationCounts {
  const counts: PublicationCounts = { published: 0, scheduled: 0, drafts: 0 };
  for (const data of articles) {
    if (data.draft) counts.drafts++;
    else if (isPublished(data, now)) counts.published++;
    else {
      counts.scheduled++;
      if (!counts.nextScheduled || data.pubDate < counts.nextScheduled) counts.nextScheduled = data.pubDate;
    }
  }
  return counts;
}
