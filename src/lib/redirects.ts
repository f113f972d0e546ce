// Old article URLs (frontmatter redirectFrom) → their current URL. One list feeds Astro's
// static redirect pages, the CDN _redirects file and the nginx map, so they cannot drift.
import { isPublished, type PublishFields } from './published.ts';
import { paths } from './urls.ts';

export interface Redirect {
  from: string;
  to: string;
}

export function redirectList(
  articles: readonly (PublishFields & { slug: string; redirectFrom: readonly string[] })[],
  now: Date,
): Redirect[] {
  return articles
    .filter((a) => isPublished(a, now))
    .flatMap((a) => a.redirectFrom.map((old) => ({ from: paths.article(old), to: paths.article(a.slug) })))
    .sort((x, y) => x.from.localeCompare(y.from));
}

/** Netlify / Cloudflare Pages `_redirects`: permanent, with and without the trailing slash. */
export function netlifyRedirects(redirects: readonly Redirect[]): string {
  return (
    redirects.flatMap((r) => [`${r.from} ${r.to} 301`, `${r.from.replace(/\/$/, '')} ${r.to} 301`]).join('\n') +
    (redirects.length ? '\n' : '')
  );
}
