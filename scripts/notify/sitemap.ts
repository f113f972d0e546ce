// The URLs of a built site as its sitemap lists them (@astrojs/sitemap: dist/sitemap-index.xml
// names sitemap-0.xml, sitemap-1.xml…, each a <urlset> of <url><loc>…</loc><lastmod>…</lastmod>).
// A few regular expressions rather than an XML parser: the files are machine-written, flat, and
// this runs in the deploy job, which has no node_modules (see the notify step there).
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Target } from './record.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function text(value: string): string {
  return value.trim().replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);
}

function blocks(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);
}

function field(block: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(block);
  return m ? text(m[1]!) : undefined;
}

/** The child sitemaps a sitemap index names, as absolute URLs. */
export function parseSitemapIndex(xml: string): string[] {
  return blocks(xml, 'sitemap').flatMap((block) => field(block, 'loc') ?? []);
}

/** The pages a `<urlset>` lists, with their lastmod when it has one. */
export function parseUrlset(xml: string): Target[] {
  return blocks(xml, 'url').flatMap((block) => {
    const url = field(block, 'loc');
    if (!url) return [];
    const lastmod = field(block, 'lastmod');
    return [lastmod ? { url, lastmod } : { url }];
  });
}

/** Reads dist/sitemap-index.xml and every sitemap it names, from the same folder (never over the network). */
export function readSitemapTargets(distDir: string): Target[] {
  const index = join(distDir, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`找不到 ${index}：请先构建网站（./site build），或用 --dist 指向构建好的目录。`);
  const targets: Target[] = [];
  for (const loc of parseSitemapIndex(readFileSync(index, 'utf8'))) {
    // The index names each sitemap by its public URL; @astrojs/sitemap writes them all at the top
    // of dist/, also when the site lives under a sub-path (https://x.cn/pos/sitemap-0.xml).
    const file = join(distDir, basename(decodeURIComponent(new URL(loc).pathname)));
    if (!existsSync(file)) throw new Error(`sitemap-index.xml 列出的 ${loc} 在 ${distDir} 里找不到（${file}）。`);
    targets.push(...parseUrlset(readFileSync(file, 'utf8')));
  }
  return targets;
}
