import { describe, expect, it } from 'vitest';
import { isIndexable, isPublished } from '../../src/lib/published.ts';

const now = new Date('2026-06-01T00:00:00Z');
const post = (over: Partial<{ draft: boolean; pubDate: Date; noindex: boolean }> = {}) => ({ draft: false, pubDate: new Date('2026-05-01T00:00:00Z'), noindex: false, ...over });

describe('isPublished', () => {
  it('publishes a past, non-draft post', () => expect(isPublished(post(), now)).toBe(true));
  it('keeps drafts out', () => expect(isPublished(post({ draft: true }), now)).toBe(false));
  it('keeps scheduled posts out until their moment', () => {
    expect(isPublished(post({ pubDate: new Date('2026-06-01T00:00:01Z') }), now)).toBe(false);
    expect(isPublished(post({ pubDate: now }), now)).toBe(true);
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
