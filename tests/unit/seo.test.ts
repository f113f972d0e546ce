import { describe, expect, it } from 'vitest';
import { baiduTimeFactor, buildHead, pageTitle } from '../../src/lib/seo.ts';

const site = { name: 'POS知识站', url: 'https://pos.example.com', locale: 'zh_CN' };
const metaOf = (head: ReturnType<typeof buildHead>, key: string) =>
  head.meta.filter((m) => m.name === key || m.property === key || m.httpEquiv === key).map((m) => m.content);

describe('buildHead', () => {
  it('titles pages with the site name, and the home page with the name alone', () => {
    expect(pageTitle('费率怎么看', 'POS知识站')).toBe('费率怎么看 - POS知识站');
    expect(pageTitle('', 'POS知识站')).toBe('POS知识站');
  });
  it('builds an absolute canonical equal to og:url', () => {
    const head = buildHead({ title: 'T', description: 'D', path: '/articles/a/' }, site);
    expect(head.canonical).toBe('https://pos.example.com/articles/a/');
    expect(metaOf(head, 'og:url')).toEqual([head.canonical]);
    expect(head.links.find((l) => l.rel === 'canonical')?.href).toBe(head.canonical);
  });
  it('marks noindex pages and keeps others indexable', () => {
    expect(metaOf(buildHead({ title: 'T', description: 'D', path: '/x/', noindex: true }, site), 'robots')[0]).toMatch(/^noindex/);
    expect(metaOf(buildHead({ title: 'T', description: 'D', path: '/x/' }, site), 'robots')[0]).toMatch(/^index/);
  });
  it('asks Baidu not to transcode and says the page suits all devices', () => {
    const head = buildHead({ title: 'T', description: 'D', path: '/' }, site);
    expect(metaOf(head, 'Cache-Control')).toEqual(['no-transform', 'no-siteapp']);
    expect(metaOf(head, 'applicable-device')).toEqual(['pc,mobile']);
  });
  it('gives articles their times in +08:00', () => {
    const head = buildHead(
      { title: 'T', description: 'D', path: '/a/', type: 'article', published: new Date('2026-11-09T16:00:00Z') },
      site,
    );
    expect(metaOf(head, 'article:published_time')).toEqual(['2026-11-10T00:00:00+08:00']);
    expect(metaOf(head, 'article:modified_time')).toEqual(['2026-11-10T00:00:00+08:00']);
    expect(metaOf(head, 'og:type')).toEqual(['article']);
  });
  it('adds prev/next and verification tags only when given', () => {
    const head = buildHead(
      { title: 'T', description: 'D', path: '/c/2/', prev: '/c/', next: '/c/3/' },
      { ...site, verification: { baidu: 'abc', google: '' } },
    );
    expect(head.links.filter((l) => l.rel === 'prev' || l.rel === 'next').map((l) => l.href)).toEqual([
      'https://pos.example.com/c/',
      'https://pos.example.com/c/3/',
    ]);
    expect(metaOf(head, 'baidu-site-verification')).toEqual(['abc']);
    expect(metaOf(head, 'google-site-verification')).toEqual([]);
  });
});

describe('Chinese engines', () => {
  const article = {
    title: '标题',
    description: '摘要',
    path: '/articles/a/',
    type: 'article' as const,
    published: new Date('2026-11-09T16:00:00Z'),
    modified: new Date('2026-11-30T01:30:00Z'),
  };
  it('writes 头条搜索 time meta equal to article:published_time and modified_time', () => {
    const head = buildHead(article, site);
    expect(metaOf(head, 'bytedance:published_time')).toEqual(['2026-11-10T00:00:00+08:00']);
    expect(metaOf(head, 'bytedance:updated_time')).toEqual(['2026-11-30T09:30:00+08:00']);
    expect(metaOf(head, 'bytedance:updated_time')).toEqual(metaOf(head, 'article:modified_time'));
  });
  it('gives Baidu its time factor for articles only, in Beijing wall-clock time', () => {
    expect(baiduTimeFactor(article, site)).toEqual({
      '@context': 'https://ziyuan.baidu.com/contexts/cambrian.jsonld',
      '@id': 'https://pos.example.com/articles/a/',
      title: '标题',
      description: '摘要',
      pubDate: '2026-11-10T00:00:00',
      upDate: '2026-11-30T09:30:00',
    });
    expect(baiduTimeFactor({ ...article, type: 'website' }, site)).toBeUndefined();
    expect(baiduTimeFactor({ ...article, noindex: true }, site)).toBeUndefined();
  });
  it("writes each configured engine's verification tag under the name it reads", () => {
    const head = buildHead({ title: 'T', description: 'D', path: '/' }, { ...site, verification: { sogou: 's', so360: 'q', shenma: 'm' } });
    expect([
      metaOf(head, 'sogou_site_verification'),
      metaOf(head, '360-site-verification'),
      metaOf(head, 'shenma-site-verification'),
    ]).toEqual([['s'], ['q'], ['m']]);
  });
});
