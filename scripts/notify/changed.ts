// `--changed-since REF`: the article files git says changed between REF and HEAD, as the URLs
// the site gives them. Slugs and visibility come from the validated content (the build's own
// validation: a `slug:` in frontmatter wins over the file name, src/lib/slug.ts), and only what
// the sitemap would list is pushed (isIndexable: not a draft, not scheduled, not noindex). The
// lastmod is the sitemap's (updatedDate, else pubDate), so a URL pushed from here is not pushed
// again by --from-sitemap, and a file edited without a new updatedDate is not pushed twice.
// Loaded only for this option: it needs the project's packages, the other sources do not.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { isIndexable, isPublished } from '../../src/lib/published.ts';
import { lastModified } from '../../src/lib/site-index.ts';
import { absoluteUrl, paths } from '../../src/lib/urls.ts';
import type { ValidArticle } from '../../src/schema/validate.ts';
import { checkContent, formatProblems } from '../lib/check.ts';
import type { Target } from './record.ts';

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Absolute paths of article files added, modified or renamed between `ref` and HEAD (deleted ones have no page). */
export function changedArticleFiles(ref: string, contentDir: string): string[] {
  const dir = resolve(contentDir);
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], dir);
  } catch {
    throw new Error(`git 找不到提交 “${ref}”（在 ${dir} 所在的仓库里）。CI 里浅克隆（fetch-depth: 1）时旧提交不在本地。`);
  }
  // --relative: paths relative to the content folder, whatever the repository's layout.
  const out = git(['diff', '--name-only', '-z', '--relative', '--diff-filter=ACMRT', ref, 'HEAD', '--', 'articles'], dir);
  return out
    .split('\0')
    .filter((path) => /\.mdx?$/i.test(path))
    .map((path) => resolve(dir, path));
}

export interface Skipped {
  file: string;
  reason: string;
}

/** Targets for the changed files among the valid articles; the others with why they are left out. */
export function articleTargets(
  changed: readonly string[],
  articles: readonly ValidArticle[],
  options: { root: string; now: Date; siteUrl: string },
): { targets: Target[]; skipped: Skipped[] } {
  const byPath = new Map(articles.map((a) => [resolve(options.root, a.file), a]));
  const targets: Target[] = [];
  const skipped: Skipped[] = [];
  for (const path of changed) {
    const article = byPath.get(path);
    if (!article) {
      skipped.push({ file: path, reason: '不是有效的文章' });
      continue;
    }
    const { data } = article;
    if (!isIndexable(data, options.now)) {
      const reason = data.draft ? '草稿' : !isPublished(data, options.now) ? '定时发布，还没到发布时间' : 'noindex，不进 sitemap';
      skipped.push({ file: article.file, reason });
      continue;
    }
    targets.push({ url: absoluteUrl(paths.article(article.slug), options.siteUrl), lastmod: lastModified(data).toISOString() });
  }
  return { targets, skipped };
}

export function changedSinceTargets(
  ref: string,
  options: { contentDir: string; root: string; now: Date; siteUrl: string },
): { targets: Target[]; skipped: Skipped[] } {
  const changed = changedArticleFiles(ref, options.contentDir);
  if (!changed.length) return { targets: [], skipped: [] };
  const { problems, content } = checkContent(options.contentDir, options.root);
  // The same rule as the build: invalid content is never published, so it is not pushed either.
  if (problems.length) throw new Error(`内容有错误，先修好再推送：\n${formatProblems(problems)}`);
  return articleTargets(changed, content.articles, options);
}
