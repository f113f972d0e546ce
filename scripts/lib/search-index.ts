// Search index over the built article pages (Pagefind). Only article pages are read — listings
// would only repeat their titles — and inside them only the element marked data-pagefind-body.
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  try {
    if (!index) throw new Error(`Pagefind 无法启动：${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir, glob: 'articles/**/index.html' });
    if (added.errors.length) throw new Error(`Pagefind 索引出错：${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind 写入出错：${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
