// What crawlers get: valid HTML, one h1 and one self-canonical per indexable page, an exact and
// schema-valid sitemap, JSON-LD with Google's required properties, a parseable RSS 2.0 feed.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, builtPages, page, ROOT, scratch, type BuildResult } from '../helpers/fixture.ts';
import { htmlValidationFailures } from '../helpers/html-validate.ts';

const s = scratch('seo-build');
const SITE = 'https://fixture.example.com';
let result: BuildResult;
let pages: { path: string; file: string; doc: HTMLElement }[] = [];

beforeAll(() => {
  result = build(s);
  if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stderr}\n${result.stdout}`);
  pages = builtPages(s.dist).map(({ path, file, html }) => ({ path, file, doc: parse(html) }));
});

const robots = (doc: HTMLElement) => doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '';
const indexable = () => pages.filter((p) => !robots(p.doc).includes('noindex'));
/** The page's JSON-LD blocks by context: one schema.org graph, and Baidu's time factor on articles. */
const jsonLdBlocks = (path: string) =>
  parse(page(s, path))
    .querySelectorAll('script[type="application/ld+json"]')
    .map((el) => JSON.parse(el.textContent) as Record<string, any>);
const jsonLd = (path: string) => {
  const graphs = jsonLdBlocks(path).filter((block) => block['@context'] === 'https://schema.org');
  expect(graphs).toHaveLength(1);
  return graphs[0]!['@graph'] as Record<string, any>[];
};
const nodeOf = (graph: Record<string, any>[], type: string) => graph.find((n) => n['@type'] === type)!;

describe('HTML', () => {
  it('builds', () => expect(result.status, result.stderr).toBe(0));

  it('html-validate reports no error on any built page', async () => {
    expect(await htmlValidationFailures(pages.map((p) => p.file))).toEqual([]);
    expect(pages.length).toBeGreaterThan(15);
  });

  it('gives every indexable page lang zh-CN, one h1 and one canonical equal to its own URL', () => {
    for (const p of indexable()) {
      expect(p.doc.querySelector('html')?.getAttribute('lang'), p.path).toBe('zh-CN');
      expect(p.doc.querySelectorAll('h1'), p.path).toHaveLength(1);
      const canonicals = p.doc.querySelectorAll('link[rel="canonical"]');
      expect(canonicals, p.path).toHaveLength(1);
      expect(canonicals[0]!.getAttribute('href'), p.path).toBe(`${SITE}${p.path}`);
      expect(p.doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length, p.path).toBeGreaterThan(0);
      expect(p.doc.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'), p.path).toBe(
        `${SITE}/rss.xml`,
      );
    }
  });

  it('keeps paginated pages indexable with a self-canonical', () => {
    const second = pages.find((p) => p.path === '/tags/t-two/2/') ?? pages.find((p) => /\/\d+\/$/.test(p.path));
    if (second) expect(robots(second.doc)).toMatch(/^index/);
  });

  it('escapes hostile frontmatter in the title, meta tags and JSON-LD', () => {
    const raw = page(s, '/articles/hostile-frontmatter/');
    const doc = parse(raw);
    expect(doc.querySelectorAll('script').map((el) => el.getAttribute('type'))).toEqual(['application/ld+json', 'application/ld+json']);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(jsonLdBlocks('/articles/hostile-frontmatter/')[1]!.title).toBe('标题里有 </script><script>alert(1)</script> 字样');
    expect(doc.querySelector('title')?.text).toBe('标题里有 </script><script>alert(1)</script> 字样 - POS知识站');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      '摘要里有 "><img src=x onerror=alert(1)> 和 & 符号',
    );
    const graph = jsonLd('/articles/hostile-frontmatter/');
    expect(nodeOf(graph, 'Article').headline).toBe('标题里有 </script><script>alert(1)</script> 字样');
    expect(nodeOf(graph, 'FAQPage').mainEntity[0].acceptedAnswer.text).toBe('有，<b>还有标签</b>。');
  });
});

describe('JSON-LD', () => {
  it('connects WebSite, Organization, WebPage, Article, BreadcrumbList, Person and FAQPage on an article', () => {
    const graph = jsonLd('/articles/hello-world/');
    const types = graph.map((n) => n['@type']);
    expect(types).toEqual(expect.arrayContaining(['WebSite', 'Organization', 'WebPage', 'Article', 'BreadcrumbList', 'Person', 'FAQPage']));
    const ids = new Set(graph.map((n) => n['@id']));
    const article = nodeOf(graph, 'Article');
    // Google's Article properties.
    expect(article.headline).toBe('你好，世界：测试文章');
    expect(article.datePublished).toBe('2026-01-01T00:00:00+08:00');
    expect(article.dateModified).toBe('2026-02-01T00:00:00+08:00');
    expect(article.inLanguage).toBe('zh-CN');
    for (const ref of [...article.author, article.publisher, article.isPartOf, article.mainEntityOfPage])
      expect(ids.has(ref['@id']), ref['@id']).toBe(true);
    const persons = graph.filter((n) => n['@type'] === 'Person').map((n) => n.name);
    expect(persons).toEqual(['测试编辑', '测试审校']);
    // BreadcrumbList: positions from 1, name and absolute item, matching the visible trail.
    const crumbs = nodeOf(graph, 'BreadcrumbList').itemListElement;
    expect(crumbs.map((c: any) => [c.position, c.name, c.item])).toEqual([
      [1, '首页', `${SITE}/`],
      [2, '甲类', `${SITE}/categories/alpha/`],
      [3, '你好，世界：测试文章', `${SITE}/articles/hello-world/`],
    ]);
    const visible = parse(page(s, '/articles/hello-world/'))
      .querySelectorAll('.crumbs li')
      .map((li) => li.text);
    expect(visible).toEqual(crumbs.map((c: any) => c.name));
    // FAQPage: each Question has a name and an acceptedAnswer with text.
    const faq = nodeOf(graph, 'FAQPage').mainEntity;
    expect(faq).toEqual([{ '@type': 'Question', name: '这是问题吗？', acceptedAnswer: { '@type': 'Answer', text: '是的。' } }]);
  });

  it('gives listings a BreadcrumbList and no FAQPage on articles without faq', () => {
    expect(nodeOf(jsonLd('/categories/alpha/'), 'BreadcrumbList').itemListElement).toHaveLength(2);
    expect(jsonLd('/articles/renamed/').some((n) => n['@type'] === 'FAQPage')).toBe(false);
  });
});

describe('sitemap and robots', () => {
  const urls = () => [...page(s, '/sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

  it('validates against the sitemaps.org XSD', () => {
    const xsd = join(ROOT, 'node_modules/sitemap/schema/sitemap.xsd');
    for (const file of ['sitemap-0.xml']) {
      expect(() => execFileSync('xmllint', ['--noout', '--schema', xsd, join(s.dist, file)], { stdio: 'pipe' })).not.toThrow();
    }
    expect(page(s, '/sitemap-index.xml')).toContain(`<loc>${SITE}/sitemap-0.xml</loc>`);
  });

  it('lists exactly the published, indexable pages', () => {
    const expected = indexable()
      .filter((p) => p.path !== '/404.html')
      .map((p) => `${SITE}${p.path}`)
      .sort();
    expect([...urls()].sort()).toEqual(expected);
    expect(urls()).not.toContain(`${SITE}/articles/old-name/`);
    expect(urls()).not.toContain(`${SITE}/search/`);
  });

  it('dates each article by updatedDate or pubDate (midnight Beijing time), listings by their newest article', () => {
    const xml = page(s, '/sitemap-0.xml');
    const lastmod = (path: string) => new RegExp(`<loc>${SITE}${path}</loc><lastmod>([^<]+)</lastmod>`).exec(xml)?.[1];
    // 2026-02-01 00:00 in Beijing; the sitemap library writes instants in UTC.
    expect(new Date(lastmod('/articles/hello-world/')!).toISOString()).toBe('2026-01-31T16:00:00.000Z');
    expect(new Date(lastmod('/articles/renamed/')!).toISOString()).toBe('2026-01-04T01:30:00.000Z');
    expect(new Date(lastmod('/categories/alpha/')!).toISOString()).toBe('2026-01-31T16:00:00.000Z');
  });

  it('marks thin listings (fewer than 3 articles) noindex, follow and leaves them out of the sitemap', () => {
    const robotsOf = (path: string) => robots(parse(page(s, path)));
    expect(robotsOf('/categories/empty-cat/')).toBe('noindex, follow');
    expect(robotsOf('/tags/t-one/')).toBe('noindex, follow');
    expect(robotsOf('/categories/alpha/')).toMatch(/^index/);
    expect(urls()).not.toContain(`${SITE}/categories/empty-cat/`);
    expect(urls()).not.toContain(`${SITE}/tags/t-one/`);
    expect(urls()).toContain(`${SITE}/categories/alpha/`);
  });

  it('gives Chinese engines the same publish and update times as the page shows and the sitemap', () => {
    const doc = parse(page(s, '/articles/hello-world/'));
    const property = (name: string) => doc.querySelector(`meta[property="${name}"]`)?.getAttribute('content');
    const times = doc.querySelectorAll('.meta time').map((t) => t.getAttribute('datetime'));
    expect(times.sort()).toEqual(['2026-01-01', '2026-02-01']);
    expect(property('bytedance:published_time')).toBe('2026-01-01T00:00:00+08:00');
    expect(property('bytedance:updated_time')).toBe('2026-02-01T00:00:00+08:00');
    const baidu = jsonLdBlocks('/articles/hello-world/').find(
      (b) => b['@context'] === 'https://ziyuan.baidu.com/contexts/cambrian.jsonld',
    )!;
    expect(baidu).toMatchObject({ '@id': `${SITE}/articles/hello-world/`, pubDate: '2026-01-01T00:00:00', upDate: '2026-02-01T00:00:00' });
    const lastmod = new RegExp(`<loc>${SITE}/articles/hello-world/</loc><lastmod>([^<]+)</lastmod>`).exec(page(s, '/sitemap-0.xml'))![1]!;
    expect(new Date(lastmod).getTime()).toBe(new Date(`${baidu.upDate}+08:00`).getTime());
    // Listings carry no time factor of their own.
    expect(jsonLdBlocks('/categories/alpha/')).toHaveLength(1);
  });

  it('names the sitemap in robots.txt', () => expect(page(s, '/robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`));
});

describe('feed', () => {
  it('parses as RSS 2.0 with absolute links, dates, descriptions and categories', () => {
    const xml = page(s, '/rss.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml).rss;
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.title).toBe('POS知识站');
    expect(rss.channel.link).toBe(`${SITE}/`);
    const items = [rss.channel.item].flat();
    expect(items.map((i: any) => i.link)).toContain(`${SITE}/articles/hello-world/`);
    const hello = items.find((i: any) => i.link === `${SITE}/articles/hello-world/`);
    expect(hello.pubDate).toBe('Wed, 31 Dec 2025 16:00:00 GMT');
    expect(hello.description).toBe('这是一篇用于构建测试的已发布文章。');
    expect(hello.category).toBe('甲类');
    expect(items.every((i: any) => i.link.startsWith(`${SITE}/articles/`))).toBe(true);
    expect(items.length).toBeLessThanOrEqual(20);
  });
});

describe('redirects', () => {
  it('leaves a noindex page with meta refresh and canonical at each old slug, and a _redirects entry', () => {
    const doc = parse(page(s, '/articles/old-name/'));
    expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0;url=/articles/renamed/');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}/articles/renamed/`);
    expect(robots(doc)).toBe('noindex');
    expect(page(s, '/_redirects')).toBe('/articles/old-name/ /articles/renamed/ 301\n/articles/old-name /articles/renamed/ 301\n');
  });
});
