// Astro can finish a build "successfully" without the content: when its content store could not
// be loaded, the collections read as empty (a warning in its log) and only the pages that need no
// article are made. At 100,000 articles that happened; a build must fail instead of deploying it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../../src/lib/urls.ts';

/** The published articles whose page is not in `siteDir`. */
export function missingArticlePages(siteDir: string, slugs: readonly string[]): string[] {
  return slugs.filter((slug) => !existsSync(join(siteDir, paths.article(slug), 'index.html')));
}

export function incompleteSiteMessage(missing: readonly string[], published: number): string {
  const shown = missing.slice(0, 10).join('、');
  const more = missing.length > 10 ? ` 等 ${missing.length} 篇` : '';
  return `构建失败（不是内容格式问题，请把这段信息交给开发者）：已发布 ${published} 篇文章，其中 ${missing.length} 篇没有生成页面：${shown}${more}。Astro 的日志里如果有 “does not exist or is empty”，是它没能读出内容存储。没有生成网站。`;
}
