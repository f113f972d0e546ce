import { describe, expect, it } from 'vitest';
import { previewBanner, previewMark } from '../../src/lib/preview.ts';

const pubDate = new Date('2026-12-01T01:30:00Z'); // 09:30 in Beijing

describe('previewMark', () => {
  it('marks drafts and scheduled articles, not published ones', () => {
    expect(previewMark('draft')).toBe('草稿');
    expect(previewMark('scheduled')).toBe('定时');
    expect(previewMark('published')).toBeUndefined();
  });
});

describe('previewBanner', () => {
  it('says a draft is a draft and how to publish it', () => {
    const banner = previewBanner('draft', pubDate)!;
    expect(banner.label).toBe('草稿');
    expect(banner.text).toContain('把 draft 改成 false');
  });
  it('gives a scheduled article’s moment in Beijing time', () => {
    expect(previewBanner('scheduled', pubDate)!.label).toBe('定时发布：2026年12月1日 09:30（北京时间）');
  });
  it('has nothing to say about a published article', () => {
    expect(previewBanner('published', pubDate)).toBeUndefined();
  });
});
