import { describe, expect, it } from 'vitest';
import { deepShare, isDeepLink, isReputable, sourceHits } from '../../../src/lib/lint/sources.ts';

const day = (ymd: string) => new Date(`${ymd}T00:00:00+08:00`);

describe('isDeepLink', () => {
  it('tells a page from a front page', () => {
    for (const url of [
      'https://www.pbc.gov.cn/',
      'https://www.pbc.gov.cn',
      'http://www.ndrc.gov.cn/index.html',
      'https://www.szse.cn/default.aspx',
    ])
      expect(isDeepLink(url), url).toBe(false);
    for (const url of [
      'https://www.gov.cn/zhengce/content/202312/content_6920724.htm',
      'https://www.163.com/dy/article/GT0VTKO80511HDOT.html',
      'https://example.gov.cn/?id=3',
    ])
      expect(isDeepLink(url), url).toBe(true);
  });
});

describe('isReputable', () => {
  it('accepts government, regulators and mainstream media, with their subdomains', () => {
    for (const url of [
      'https://qianjiang.gov.cn/a.html',
      'https://fgw.sh.gov.cn/x/',
      'https://finance.caixin.com/a',
      'http://finance.people.com.cn/n1/a.html',
      'https://m.gmw.cn/a.htm',
    ])
      expect(isReputable(url), url).toBe(true);
  });
  it('does not count self-media, agents or look-alike hosts', () => {
    for (const url of [
      'https://www.163.com/dy/article/x.html',
      'https://www.soupos.cn/a',
      'https://gov.cn.example.com/a',
      'https://notcaixin.com/a',
    ])
      expect(isReputable(url), url).toBe(false);
  });
});

describe('sourceHits', () => {
  const strong = ['https://www.gov.cn/a.htm', 'https://www.caixin.com/b.html'];
  it('is quiet for two strong sources read by the article date', () => {
    expect(
      sourceHits(
        strong.map((url) => ({ url, accessed: day('2026-11-10') })),
        { pubDate: day('2026-11-10') },
      ),
    ).toEqual([]);
  });
  it('needs two strong ones: a homepage or a repost does not count', () => {
    const hits = sourceHits([{ url: 'https://www.gov.cn/' }, { url: strong[1]! }, { url: 'https://www.163.com/dy/article/x.html' }], {});
    expect(hits.map((h) => h.rule)).toEqual(['source-homepage', 'source-count']);
    expect(hits[1]!.message).toContain('现在有 1 条');
  });
  it('measures accessed against updatedDate when there is one', () => {
    const sources = strong.map((url) => ({ url, accessed: day('2026-11-30') }));
    expect(sourceHits(sources, { pubDate: day('2026-11-10'), updatedDate: day('2026-11-30') })).toEqual([]);
    expect(sourceHits(sources, { pubDate: day('2026-11-10') }).map((h) => h.rule)).toEqual(['source-accessed', 'source-accessed']);
  });
});

describe('deepShare', () => {
  it('is the share of deep links', () => {
    expect(deepShare(['https://a.gov.cn/', 'https://a.gov.cn/x.html', 'https://b.gov.cn/y', 'https://c.gov.cn/z'])).toBe(0.75);
  });
});
