// The site's own content/ (what editors change), built with the real clock as a deploy builds
// it: every page valid HTML under the project's html-validate configuration, every internal
// link pointing at a page that exists, and search holding every published article. Assertions
// name no article, so an editor's change turns this red only when the site it makes is broken.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/lib/check.ts';
import { indexRecords } from '../../src/search/pagefind.ts';
import { deepShare } from '../../src/lib/lint/sources.ts';
import { build, builtPages, type BuiltPage, ROOT, scratch, type BuildResult } from '../helpers/fixture.ts';
import { htmlValidationFailures } from '../helpers/html-validate.ts';

const s = { ...scratch('real-content', 'site'), content: join(ROOT, 'content') };
let result: BuildResult;
let pages: BuiltPage[] = [];

beforeAll(() => {
  result = build(s, { BUILD_NOW: '', SITE_URL: 'https://pos.example.com' });
  if (result.status !== 0) throw new Error(`the site's content does not build:\n${result.stderr}\n${result.stdout}`);
  pages = builtPages(s.dist);
}, 300_000);

const isRedirect = (html: string) => html.includes('http-equiv="refresh"');

describe("the site's own content", () => {
  it('builds, and says how many articles it published', () => {
    const published = Number(/已发布 (\d+) 篇/.exec(result.stdout)?.[1]);
    expect(published).toBeGreaterThan(0);
    expect(
      readdirSync(join(s.dist, 'articles')).filter(
        (slug) => !isRedirect(readFileSync(join(s.dist, 'articles', slug, 'index.html'), 'utf8')),
      ),
    ).toHaveLength(published);
  });

  it('is valid HTML on every page, under the project configuration (.htmlvalidate.json)', async () => {
    expect(await htmlValidationFailures(pages.map((p) => p.file))).toEqual([]);
  });

  it('links only to pages that exist', () => {
    const broken: string[] = [];
    for (const p of pages) {
      for (const a of parse(p.html).querySelectorAll('a[href^="/"]')) {
        const { pathname } = new URL(a.getAttribute('href')!, 'https://pos.example.com');
        const target = join(s.dist, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
        if (!existsSync(target)) broken.push(`${p.path} → ${pathname}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('has every published article in search', () => {
    const articles = pages.filter((p) => p.path.startsWith('/articles/') && !isRedirect(p.html)).map((p) => p.path);
    expect([...indexRecords(join(s.dist, 'pagefind')).keys()].sort()).toEqual(articles.sort());
  });

  // Each article's own source rules (two strong deep sources, accessed dates) are the content
  // linter's, which tests/build/lint-cli.test.ts runs over content/; this is the site-wide share.
  it('cites the documents themselves: at least 70% of all source entries are deep links', () => {
    const { content } = checkContent(join(ROOT, 'content'), ROOT);
    const urls = content.articles.filter((a) => !a.data.draft).flatMap((a) => a.data.sources.map((source) => source.url));
    expect(urls.length).toBeGreaterThan(0);
    expect(deepShare(urls)).toBeGreaterThanOrEqual(0.7);
  });
});
