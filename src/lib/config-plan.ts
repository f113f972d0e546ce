// What astro.config.ts derives from the whole content tree: the sitemap's plan (lastmod per URL,
// URLs left out) and the outbound link policy. scripts/build.ts has validated the content
// already and hands this over as a file (its path goes with the build's inputs,
// src/build-inputs.ts), so Astro's process does not read, parse and validate every article a
// second time (~3 s at 10,000 articles, before Astro can start); `astro dev` and `astro check`
// derive it themselves.
import { resolve } from 'node:path';
import { SITE } from '../config.ts';
import type { ValidContent } from '../schema/validate.ts';
import { contentLinkRegistry, registryDigest, type LinkRegistry } from './rel.ts';
import { sitemapPlan, type SitemapPlan } from './site-index.ts';

export interface ConfigPlan {
  sitemap: SitemapPlan;
  links: LinkRegistry;
}

/** Where scripts/build.ts writes the plan for a build into `outDir`: beside it, never deployed. */
export function configPlanFile(outDir: string): string {
  return `${outDir}.plan.json`;
}

/**
 * Astro's cache folder (absolute, resolved against the project root as Astro resolves it).
 * Rendered bodies in the content cache depend on the link policy (rel, 广告 labels), not only
 * on each article's own file: a new channel, a changed sponsored flag or a source on a new host
 * starts a fresh cache.
 */
export function astroCacheDir(projectRoot: string, cacheRoot: string, links: LinkRegistry): string {
  return resolve(projectRoot, cacheRoot, `links-${registryDigest(links, SITE.externalLinksNewTab)}`);
}

export function configPlan(content: ValidContent, now: Date): ConfigPlan {
  const indexed = content.articles.map((a) => ({ ...a.data, slug: a.slug }));
  const listings = { categories: [...content.categories.keys()], tags: [...content.tags.keys()], thinMin: SITE.thinListingMin };
  return { sitemap: sitemapPlan(indexed, now, SITE.pageSize, listings), links: contentLinkRegistry(content, SITE.url) };
}

export function serializeConfigPlan({ sitemap, links }: ConfigPlan): string {
  return JSON.stringify({
    exclude: [...sitemap.exclude],
    lastmod: [...sitemap.lastmod].map(([path, date]) => [path, date.toISOString()]),
    channelHosts: [...links.channelHosts],
    sourceHosts: [...links.sourceHosts],
    siteHost: links.siteHost,
  });
}

export function parseConfigPlan(json: string): ConfigPlan {
  const p = JSON.parse(json) as {
    exclude: string[];
    lastmod: [string, string][];
    channelHosts: [string, boolean][];
    sourceHosts: string[];
    siteHost: string;
  };
  return {
    sitemap: { exclude: new Set(p.exclude), lastmod: new Map(p.lastmod.map(([path, iso]) => [path, new Date(iso)])) },
    links: { channelHosts: new Map(p.channelHosts), sourceHosts: new Set(p.sourceHosts), siteHost: p.siteHost },
  };
}
