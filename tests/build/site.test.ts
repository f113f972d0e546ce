// Builds the fixture site once and checks what readers and crawlers get in dist/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { article, build, exists, page, scratch, type BuildResult } from '../helpers/fixture.ts';

const s = scratch('site-build');
let result: BuildResult;

beforeAll(() => {
  // Eleven more articles in "beta" so its listing needs two pages (10 per page).
  for (let i = 1; i <= 11; i++) {
    const n = String(i).padStart(2, '0');
    s.write(`articles/gen-${n}.md`, article({ title: `生成文章 ${n}`, pubDate: `2026-03-${n}`, tags: '[t-two]' }));
  }
  result = build(s);
  if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stderr}\n${result.stdout}`);
});

const html = (path: string) => parse(page(s, path));
const sitemapUrls = () => [...page(s, '/sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

describe('a good build', () => {
  it('exits 0 and writes every contract URL', () => {
    expect(result.status, result.stderr).toBe(0);
    for (const path of [
      '/',
      '/articles/hello-world/',
      '/categories/alpha/',
      '/tags/t-one/',
      '/channels/',
      '/search/',
      '/about/',
      '/rss.xml',
      '/sitemap-index.xml',
      '/robots.txt',
      '/404.html',
    ]) {
      expect(exists(s, path), path).toBe(true);
    }
    expect(exists(s, '../dist.partial')).toBe(false);
  });

  it('says what it did with the articles: published, scheduled with the earliest date, drafts', () => {
    // The fixture: 6 published (one of them noindex) + 11 generated, one scheduled for 2026-12-01, one draft.
    expect(result.stdout).toMatch(
      /已生成网站：.*（[\d.]+ 秒）。文章：已发布 17 篇，定时发布 1 篇（最早 2026年12月1日 00:00），草稿 1 篇。/,
    );
  });
  it('builds a page for every published article, under its slug', () => {
    for (const slug of ['hello-world', 'renamed', 'mdx-demo', 'zhong-wen-wen-jian-ming', 'hidden-page', 'gen-01', 'gen-11']) {
      expect(exists(s, `/articles/${slug}/`), slug).toBe(true);
    }
    expect(html('/articles/zhong-wen-wen-jian-ming/').querySelector('h1')?.text).toBe('中文文件名的文章');
  });

  it('leaves drafts and future posts out of pages, listings, feed and sitemap', () => {
    // The build runs with Vitest's NODE_ENV=test, which makes Vite's import.meta.env.DEV true in
    // a build: what the dev server shows must not follow it (src/site-mode.ts).
    expect(exists(s, '/articles/draft-post/')).toBe(false);
    expect(exists(s, '/articles/future-post/')).toBe(false);
    const everywhere = [
      page(s, '/'),
      page(s, '/categories/alpha/'),
      page(s, '/rss.xml'),
      page(s, '/sitemap-0.xml'),
      page(s, '/archive/'),
    ].join('\n');
    expect(everywhere).not.toContain('draft-post');
    expect(everywhere).not.toContain('草稿文章');
    expect(everywhere).not.toContain('future-post');
    expect(everywhere).not.toContain('定时发布的文章');
    // The dev server's marks and banners have nothing to mark in a build.
    for (const path of ['/', '/categories/alpha/', '/archive/', '/articles/hello-world/']) {
      expect(html(path).querySelector('.preview-mark, .preview-banner'), path).toBeNull();
    }
  });

  it('builds noindex articles with robots noindex and keeps them out of the sitemap', () => {
    const robots = html('/articles/hidden-page/').querySelector('meta[name="robots"]')?.getAttribute('content');
    expect(robots).toContain('noindex');
    expect(sitemapUrls()).not.toContain('https://fixture.example.com/articles/hidden-page/');
    expect(sitemapUrls()).toContain('https://fixture.example.com/articles/hello-world/');
  });

  it('paginates listings with numbered pages and rel prev/next', () => {
    const first = html('/categories/beta/');
    const second = html('/categories/beta/2/');
    expect(first.querySelectorAll('.card')).toHaveLength(10);
    expect(second.querySelectorAll('.card')).toHaveLength(1);
    expect(exists(s, '/categories/beta/3/')).toBe(false);
    expect(first.querySelector('link[rel="next"]')?.getAttribute('href')).toBe('https://fixture.example.com/categories/beta/2/');
    expect(first.querySelector('link[rel="prev"]')).toBeNull();
    expect(second.querySelector('link[rel="prev"]')?.getAttribute('href')).toBe('https://fixture.example.com/categories/beta/');
    expect(second.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://fixture.example.com/categories/beta/2/');
    expect(first.querySelector('.pager a[rel="next"]')?.getAttribute('href')).toBe('/categories/beta/2/');
    expect(second.querySelector('.pager [aria-current="page"]')?.text).toBe('2');
    // Newest first: gen-11 leads page one, the oldest lands on page two.
    expect(first.querySelector('.card h2 a')?.text).toBe('生成文章 11');
    expect(second.querySelector('.card h2 a')?.text).toBe('生成文章 01');
  });

  it('shows an empty state for a category without articles', () => {
    expect(html('/categories/empty-cat/').querySelector('main')?.text).toContain('暂时没有已发布的文章');
  });

  it('leads the home page with featured articles, then the latest', () => {
    const home = html('/');
    const sections = home.querySelectorAll('main section');
    expect(sections[0]?.querySelector('h2')?.text).toBe('精选文章');
    expect(sections[0]?.querySelectorAll('.card a')[0]?.text).toBe('你好，世界：测试文章');
    expect(sections[1]?.querySelector('.card a')?.text).toBe('生成文章 11');
  });

  it('renders an article with dates in Beijing time, author, reviewer, category, tags, FAQ and sources', () => {
    const doc = html('/articles/hello-world/');
    const meta = doc
      .querySelectorAll('.meta')
      .map((m) => m.text)
      .join(' ');
    expect(meta).toContain('发布于 2026年1月1日');
    expect(meta).toContain('更新于 2026年2月1日');
    expect(meta).toContain('测试编辑');
    expect(meta).toContain('测试审校');
    expect(doc.querySelector('h1')?.text).toBe('你好，世界：测试文章');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('#faq-heading')?.text).toBe('常见问题');
    expect(doc.querySelector('.sources a')?.getAttribute('href')).toBe('https://www.pbc.gov.cn/');
    expect(doc.querySelectorAll('a.pill').map((a) => a.text)).toEqual(['甲类', '标签一', '标签二']);
    // A zone-less time in frontmatter is Beijing time.
    const renamed = html('/articles/renamed/');
    expect(renamed.querySelector('meta[property="article:published_time"]')?.getAttribute('content')).toBe('2026-01-04T09:30:00+08:00');
  });

  it('shows the cover under the title in AVIF/WebP at several widths, loaded at once, with its alt text', () => {
    const picture = html('/articles/hello-world/').querySelector('article picture')!;
    const sources = picture.querySelectorAll('source');
    expect(sources.map((x) => x.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    for (const source of sources) {
      const files = source
        .getAttribute('srcset')!
        .split(',')
        .map((c) => c.trim().split(' ')[0]!);
      expect(files.length).toBeGreaterThanOrEqual(3);
      for (const file of files) expect(exists(s, file), file).toBe(true);
    }
    const img = picture.querySelector('img')!;
    expect(img.getAttribute('alt')).toBe('一台POS机的示意图');
    expect(img.getAttribute('loading')).toBe('eager');
    expect(img.getAttribute('fetchpriority')).toBe('high');
    expect(Number(img.getAttribute('width')) / Number(img.getAttribute('height'))).toBeCloseTo(1200 / 630, 2);
  });

  it('serves images in the body as sized, lazily loaded WebP', () => {
    const img = html('/articles/hello-world/').querySelector('.prose img')!;
    expect(img.getAttribute('alt')).toBe('正文里的示意图');
    expect(img.getAttribute('src')).toMatch(/^\/_astro\/.+\.webp$/);
    expect(exists(s, img.getAttribute('src')!)).toBe(true);
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1200', '630']);
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('decoding')).toBe('async');
  });

  it('draws MDX figures as inline SVG with a caption and a text alternative, left out of search', () => {
    const figures = html('/articles/mdx-demo/').querySelectorAll('figure.chart');
    expect(figures.map((f) => f.querySelector('figcaption')?.text)).toEqual([
      '办理的先后顺序',
      'T+1 结算示例',
      '一笔 1000 元借记卡交易的费用构成',
      '两种费率对比',
    ]);
    for (const figure of figures) {
      expect(figure.getAttribute('data-pagefind-ignore')).not.toBeUndefined();
      const svg = figure.querySelector('svg')!;
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      expect(svg.getAttribute('viewBox')).toMatch(/^0 0 360 \d+$/);
      expect(figure.querySelector('svg [style]')).toBeNull();
    }
    const [flow, timeline, stacked, rows] = figures as [any, any, any, any];
    // The long first step is broken over lines inside its box; the alternative keeps it whole.
    expect(flow.querySelectorAll('rect.chart-box')).toHaveLength(3);
    expect(flow.querySelectorAll('rect.chart-box + text + text')[0].querySelectorAll('tspan').length).toBeGreaterThan(1);
    expect(flow.querySelectorAll('.visually-hidden ol li').map((li: any) => li.text)).toEqual([
      '核实收单机构的支付业务许可证，再看合同里写的费率和押金条款',
      '签约',
      '激活',
    ]);
    expect(timeline.querySelectorAll('circle')).toHaveLength(2);
    expect(timeline.querySelectorAll('.visually-hidden dt').map((dt: any) => dt.text)).toEqual(['周五 15:00', '下周一']);
    const parts = stacked
      .querySelectorAll('rect[class^="chart-s"]')
      .slice(0, 3)
      .map((r: any) => Number(r.getAttribute('width')));
    expect(parts.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(360, 5);
    expect(parts[0] / parts[2]).toBeCloseTo(3.5 / 2.175, 5);
    expect(stacked.querySelector('tfoot td')?.text).toBe('6元');
    expect(stacked.querySelector('.chart-note')?.text).toBe('收单服务费按 0.6% 总费率倒推，仅为示例');
    expect(rows.querySelectorAll('.visually-hidden td').map((td: any) => td.text)).toEqual(['0.6', '0.38']);
  });
  it('gives every article a way to report an error, on the about page when no address is configured', () => {
    const link = html('/articles/hello-world/').querySelector('.report a');
    expect(link?.text).toBe('告诉我们');
    expect(link?.getAttribute('href')).toBe('/about/#report');
    expect(html('/about/').querySelector('#report')?.text).toBe('报告错误');
    // The fixture's URL is a reserved example domain: not a production build, so no warning.
    expect(result.stderr).not.toContain('SITE.corrections');
  });
  it('uses the configured site URL for every absolute URL', () => {
    const doc = html('/articles/hello-world/');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://fixture.example.com/articles/hello-world/');
    expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe('https://fixture.example.com/articles/hello-world/');
    expect(page(s, '/robots.txt')).toContain('Sitemap: https://fixture.example.com/sitemap-index.xml');
    expect(page(s, '/rss.xml')).toContain('<link>https://fixture.example.com/articles/hello-world/</link>');
  });

  it('lists every channel with its verification date, and discloses the sponsored one', () => {
    const doc = html('/channels/');
    const cards = doc.querySelectorAll('.channel');
    expect(cards.map((c) => c.querySelector('h3 a')?.text)).toEqual(['测试银行', '合作代理商']);
    expect(cards[0]!.text).toContain('最后核实2026年5月1日');
    expect(cards[1]!.querySelector('.ad-label')?.text).toBe('广告');
    expect(cards[1]!.text).toContain('信息可能已过时');
    expect(cards[0]!.text).not.toContain('信息可能已过时');
  });

  it('holds the first paint until the main content is parsed, naming an element the page has', () => {
    // A target the page lacks would hold the paint until the whole document is parsed, silently.
    for (const path of [
      '/',
      '/categories/beta/',
      '/categories/beta/2/',
      '/articles/hello-world/',
      '/tags/t-two/',
      '/channels/',
      '/about/',
      '/search/',
      '/404.html',
    ]) {
      const doc = html(path);
      const expects = doc.querySelectorAll('head link[rel="expect"]');
      expect(expects.length, path).toBe(1);
      expect(expects[0]!.getAttribute('blocking'), path).toBe('render');
      const target = expects[0]!.getAttribute('href')!;
      expect(target, path).toMatch(/^#./);
      expect(doc.querySelector(target)?.tagName, path).toBe('MAIN');
    }
  });

  it('ships no script on home, listing and article pages except JSON-LD', () => {
    for (const path of ['/', '/categories/beta/', '/articles/hello-world/', '/channels/', '/about/', '/404.html']) {
      const scripts = html(path).querySelectorAll('script');
      expect(
        scripts.every((el) => el.getAttribute('type') === 'application/ld+json'),
        path,
      ).toBe(true);
    }
  });

  it('ships none of the editor tools (src/editor/ acts in astro dev only)', () => {
    expect(exists(s, '/admin/')).toBe(false);
    const files = readdirSync(s.dist, { recursive: true, withFileTypes: true }).filter(
      (f) => f.isFile() && /\.(html|js|css)$/.test(f.name),
    );
    for (const file of files) {
      const text = readFileSync(join(file.parentPath, file.name), 'utf8');
      expect(/pos-editor|decap|内容检查/i.test(text), file.name).toBe(false);
    }
  });
});
