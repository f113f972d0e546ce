// Search index over the built article pages (Pagefind). Only article pages are read (listings
// only repeat their titles) and inside them only the element marked data-pagefind-body.
//
// Pagefind's indexing time and memory grow faster than the number of pages (10,000 articles in
// one index: ~5 minutes and ~10 GB here), so articles are indexed in shards of SHARD_SIZE, one
// index at a time: /pagefind/ holds the first, /pagefind/shard-<n>/ the others, and
// /pagefind/shards.json lists the extra ones for the search page to merge at query time.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export const SHARD_SIZE = Number(process.env.SEARCH_SHARD_SIZE ?? 1000);

export function shardPath(n: number): string {
  return n === 0 ? 'pagefind' : `pagefind/shard-${n}`;
}

export async function buildSearchIndex(siteDir: string, shardSize = SHARD_SIZE): Promise<{ pages: number; shards: number }> {
  const slugs = readdirSync(join(siteDir, 'articles')).sort();
  const shards: string[][] = [];
  for (let i = 0; i < slugs.length; i += shardSize) shards.push(slugs.slice(i, i + shardSize));
  let pages = 0;
  try {
    for (const [n, shard] of shards.entries()) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
      if (!index) throw new Error(`Pagefind 无法启动：${errors.join('; ')}`);
      for (const slug of shard) {
        const sourcePath = join('articles', slug, 'index.html');
        const added = await index.addHTMLFile({ sourcePath, content: readFileSync(join(siteDir, sourcePath), 'utf8') });
        if (added.errors.length) throw new Error(`Pagefind 索引 ${sourcePath} 出错：${added.errors.join('; ')}`);
        if (added.file.uniqueWords > 0) pages += 1;
      }
      const written = await index.writeFiles({ outputPath: join(siteDir, shardPath(n)) });
      if (written.errors.length) throw new Error(`Pagefind 写入出错：${written.errors.join('; ')}`);
      await index.deleteIndex();
    }
  } finally {
    await pagefind.close();
  }
  writeFileSync(join(siteDir, 'pagefind', 'shards.json'), JSON.stringify(shards.slice(1).map((_, i) => `/${shardPath(i + 1)}/`)));
  return { pages, shards: shards.length };
}
