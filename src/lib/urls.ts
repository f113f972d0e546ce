// The one place that turns a site path into an absolute URL (canonical, og:url, sitemap, feed,
// JSON-LD). Paths are directory-style with a trailing slash, matching the built files.
export function absoluteUrl(path: string, siteUrl: string): string {
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return new URL(path.replace(/^\/+/, ''), base).href;
}

export const paths = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  category: (id: string, page = 1) => (page > 1 ? `/categories/${id}/${page}/` : `/categories/${id}/`),
  tag: (id: string, page = 1) => (page > 1 ? `/tags/${id}/${page}/` : `/tags/${id}/`),
  author: (id: string) => `/authors/${id}/`,
  channels: () => '/channels/',
  search: () => '/search/',
  about: () => '/about/',
  archive: () => '/archive/',
  feed: () => '/rss.xml',
  sitemapIndex: () => '/sitemap-index.xml',
} as const;
