// The dev server's half of the toolbar linter: runs the editors' linter (the same lintContent()
// as `./site lint:content`) for the article one page shows. Node only; loaded by the integration
// when `astro dev` starts, never by a build.
import { lintContent } from '../../scripts/lib/lint.ts';
import { readContent } from '../../scripts/lib/read-content.ts';
import { articleReport } from './lint-view.ts';
import { articleFileForPath, articleSlug } from './page-article.ts';
import type { LintReport } from './protocol.ts';

export function lintReportForPath(path: string, { contentDir, root, now }: { contentDir: string; root: string; now: Date }): LintReport {
  try {
    // The whole tree is read: the linter cross-checks (duplicate titles, orphans, links) and an
    // article's slug may come from its frontmatter.
    const articles = readContent(contentDir, root).articles.map((a) => ({ file: a.file, slug: articleSlug(a.file, a.data) }));
    const file = articleFileForPath(path, articles);
    if (!file) return { kind: 'not-article', path };
    const run = lintContent(contentDir, { root, now, only: (f) => f === file });
    return articleReport(path, file, run.findings);
  } catch (error) {
    return { kind: 'failed', path, message: error instanceof Error ? error.message : String(error) };
  }
}
