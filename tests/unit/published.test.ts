import { describe, expect, it } from 'vitest';
import { isIndexable, isPublished, publicationCounts, publicationStatus, visibleIn } from '../../src/lib/published.ts';

const now = new Date('2026-06-01T00:00:00Z');
const post = (over: Partial<{ draft: boolean; pubDate: Date; noindex: boolean }> = {}) => ({
  draft: false,
  pubDate: new Date('2026-05-01T00:00:00Z'),
  noindex: false,
  ...over,
});

describe('isPublished', () => {
  it('publishes a past, non-draft post', () => expect(isPublished(post(), now)).toBe(true));
  it('keeps drafts out', () => expect(isPublished(post({ draft: true }), now)).toBe(false));
  it('keeps scheduled posts out until their moment', () => {
    expect(isPublished(post({ pubDate: new Date('2026-06-01T00:00:01Z') }), now)).toBe(false);
    expect(isPublished(post({ pubDate: now }), now)).toBe(true);
  });
});

describe('publicationStatus', () => {
  it('is draft whatever the date, scheduled before pubDate, published from it', () => {
    expect(publicationStatus(post({ draft: true }), now)).toBe('draft');
    expect(publicationStatus(post({ draft: true, pubDate: new Date('2026-07-01T00:00:00Z') }), now)).toBe('draft');
    expect(publicationStatus(post({ pubDate: new Date('2026-06-01T00:00:01Z') }), now)).toBe('scheduled');
    expect(publicationStatus(post({ pubDate: now }), now)).toBe('published');
  });
});

describe('visibleIn', () => {
  const draft = post({ draft: true });
  const scheduled = post({ pubDate: new Date('2026-07-01T00:00:00Z') });
  it('shows readers of a production build only what is published', () => {
    expect(visibleIn('production', post(), now)).toBe(true);
    expect(visibleIn('production', draft, now)).toBe(false);
    expect(visibleIn('production', scheduled, now)).toBe(false);
  });
  it('shows editors on the dev server drafts and scheduled articles too, none of them indexable', () => {
    expect([post(), draft, scheduled].map((a) => visibleIn('dev', a, now))).toEqual([true, true, true]);
    expect([draft, scheduled].map((a) => isIndexable(a, now))).toEqual([false, false]);
  });
});

describe('isIndexable', () => {
  it('excludes noindex pages but still publishes them', () => {
    expect(isPublished(post({ noindex: true }), now)).toBe(true);
    expect(isIndexable(post({ noindex: true }), now)).toBe(false);
    expect(isIndexable(post(), now)).toBe(true);
    expect(isIndexable(post({ draft: true }), now)).toBe(false);
  });
});

describe('publicationCounts', () => {
  it('counts published, scheduled (with the earliest) and drafts, each article once', () => {
    const soon = new Date('2026-06-02T00:00:00Z');
    const later = new Date('2026-07-01T00:00:00Z');
    const counts = publicationCounts(
      [post(), post({ noindex: true }), post({ pubDate: later }), post({ pubDate: soon }), post({ draft: true, pubDate: later })],
      now,
    );
    expect(counts).toEqual({ published: 2, scheduled: 2, nextScheduled: soon, drafts: 1 });
  });
  it('names no date when nothing is scheduled', () => {
    expect(publicationCounts([post()], now)).toEqual({ published: 1, scheduled: 0, drafts: 0 });
  });
});
