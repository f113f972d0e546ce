// The one rule for what readers, feeds, search and crawlers may see. Every consumer calls these.
export interface PublishFields {
  draft: boolean;
  pubDate: Date;
  noindex: boolean;
}

/** Where an article stands at `now`: a draft, scheduled for its pubDate, or published. */
export type PublicationStatus = 'published' | 'scheduled' | 'draft';

export function publicationStatus(data: PublishFields, now: Date): PublicationStatus {
  if (data.draft) return 'draft';
  return data.pubDate.getTime() <= now.getTime() ? 'published' : 'scheduled';
}

/** Built, listed, in feed and search: not a draft and not scheduled after `now`. */
export function isPublished(data: PublishFields, now: Date): boolean {
  return publicationStatus(data, now) === 'published';
}

/** Published and meant for search engines: also goes into the sitemap. */
export function isIndexable(data: PublishFields, now: Date): boolean {
  return isPublished(data, now) && !data.noindex;
}

/**
 * Who the pages are made for. A production build serves readers: published articles only. The
 * dev server (`astro dev`) serves editors, who preview drafts and scheduled articles at their
 * URLs and in listings, marked as such and never indexable (isIndexable stays false for them).
 */
export type SiteMode = 'production' | 'dev';

/** Whether pages made in `mode` show the article: its page, listings, related articles, feed. */
export function visibleIn(mode: SiteMode, data: PublishFields, now: Date): boolean {
  return mode === 'dev' || isPublished(data, now);
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
    const status = publicationStatus(data, now);
    if (status === 'draft') counts.drafts++;
    else if (status === 'published') counts.published++;
    else {
      counts.scheduled++;
      if (!counts.nextScheduled || data.pubDate < counts.nextScheduled) counts.nextScheduled = data.pubDate;
    }
  }
  return counts;
}
