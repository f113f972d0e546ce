import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { registries, SITE, statusOf, visibleArticles } from '../data/content.ts';
import { absoluteUrl, paths } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const [visible, { categories }] = await Promise.all([visibleArticles(), registries()]);
  // A feed cannot mark a draft: even the dev server's feed holds only what a build publishes.
  const articles = visible.filter((a) => statusOf(a) === 'published');
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: SITE.url,
    customData: '<language>zh-cn</language>',
    trailingSlash: true,
    items: articles.slice(0, SITE.feedSize).map((a) => ({
      title: a.data.title,
      description: a.data.description,
      link: absoluteUrl(paths.article(a.id), SITE.url),
      pubDate: a.data.pubDate,
      categories: [categories.get(a.data.category)?.data.name ?? a.data.category],
    })),
  });
};
