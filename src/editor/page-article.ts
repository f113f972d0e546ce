// Which article a dev server page shows: the server maps the toolbar's page path to a file.
// Kept apart from lint-view.ts because slugs need pinyin-pro, which the browser must not load.
import { fileSlug } from '../lib/slug.ts';

/** An article's slug the way src/content.config.ts gives it an id: frontmatter `slug`, else the file name. */
export function articleSlug(file: string, frontmatter: unknown): string {
  const slug = (frontmatter as { slug?: unknown } | undefined)?.slug;
  return typeof slug === 'string' && slug ? slug : fileSlug(file);
}

/** The article file behind `/articles/<slug>/`, or undefined for any other page. */
export function articleFileForPath(pathname: string, articles: readonly { file: string; slug: string }[]): string | undefined {
  const match = /^\/articles\/([^/]+)\/?$/.exec(pathname);
  if (!match) return undefined;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
  return articles.find((a) => a.slug === slug)?.file;
}
