import { absoluteUrl, paths } from './urls.ts';

export function robotsTxt(siteUrl: string): string {
  return ['User-agent: *', 'Allow: /', 'Disallow: /search/?', '', `Sitemap: ${absoluteUrl(paths.sitemapIndex(), siteUrl)}`, ''].join('\n');
}
