import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSitemapIndex, parseUrlset, readSitemapTargets } from '../../../scripts/notify/sitemap.ts';

// As @astrojs/sitemap writes them: one line, no whitespace between elements.
const INDEX =
  '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://x.cn/sitemap-0.xml</loc><lastmod>2026-03-10T16:00:00.000Z</lastmod></sitemap></sitemapindex>';
const URLSET =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.cn/</loc><lastmod>2026-03-10T16:00:00.000Z</lastmod></url><url><loc>https://x.cn/about/</loc></url><url><loc>https://x.cn/tags/a&amp;b/</loc></url></urlset>';

describe('sitemap parsing', () => {
  it('reads the child sitemaps of an index', () => expect(parseSitemapIndex(INDEX)).toEqual(['https://x.cn/sitemap-0.xml']));

  it('reads URLs with their lastmod when they have one, entities decoded', () => {
    expect(parseUrlset(URLSET)).toEqual([
      { url: 'https://x.cn/', lastmod: '2026-03-10T16:00:00.000Z' },
      { url: 'https://x.cn/about/' },
      { url: 'https://x.cn/tags/a&b/' },
    ]);
  });

  it('accepts whitespace and line breaks around values', () => {
    expect(parseUrlset('<urlset>\n  <url>\n    <loc>\n      https://x.cn/a/\n    </loc>\n  </url>\n</urlset>')).toEqual([
      { url: 'https://x.cn/a/' },
    ]);
  });
});

describe('readSitemapTargets', () => {
  it('reads every sitemap the index names from the built folder, for a site under a sub-path too', () => {
    const dist = mkdtempSync(join(tmpdir(), 'notify-sitemap-'));
    writeFileSync(join(dist, 'sitemap-index.xml'), INDEX.replace('https://x.cn/sitemap-0.xml', 'https://x.cn/pos/sitemap-0.xml'));
    writeFileSync(join(dist, 'sitemap-0.xml'), URLSET);
    expect(readSitemapTargets(dist)).toHaveLength(3);
  });

  it('says to build first when there is no sitemap, and names a missing child', () => {
    const dist = mkdtempSync(join(tmpdir(), 'notify-sitemap-'));
    expect(() => readSitemapTargets(join(dist, 'nothing'))).toThrow(/找不到 .*sitemap-index\.xml：请先构建网站/);
    mkdirSync(join(dist, 'd'));
    writeFileSync(join(dist, 'd/sitemap-index.xml'), INDEX);
    expect(() => readSitemapTargets(join(dist, 'd'))).toThrow('sitemap-index.xml 列出的 https://x.cn/sitemap-0.xml');
  });
});
