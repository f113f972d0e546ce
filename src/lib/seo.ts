// Builds everything that goes into <head> for search engines and social cards, as plain data;
// src/components/Head.astro only prints it.
import { toIsoShanghai } from './dates.ts';
import { absoluteUrl } from './urls.ts';

export interface PageMeta {
  /** The page's own title, without the site name. Empty for the home page. */
  title: string;
  description: string;
  path: string;
  noindex?: boolean;
  type?: 'website' | 'article';
  published?: Date;
  modified?: Date;
  image?: PageImage;
  prev?: string;
  next?: string;
}

/** The picture shown when the page is shared: a share card, or an article's cover. */
export interface PageImage {
  src: string;
  width: number;
  height: number;
  alt: string;
  /** MIME type, e.g. image/png. */
  type: string;
}

export interface SiteFacts {
  name: string;
  url: string;
  locale: string;
  verification?: Partial<Record<VerificationEngine, string>>;
}

/** Search-console ownership tags, by engine, with the meta name each engine reads. */
export const VERIFICATION_META = {
  baidu: 'baidu-site-verification',
  google: 'google-site-verification',
  bing: 'msvalidate.01',
  sogou: 'sogou_site_verification',
  so360: '360-site-verification',
  shenma: 'shenma-site-verification',
} as const;
export type VerificationEngine = keyof typeof VERIFICATION_META;

export interface HeadTags {
  title: string;
  canonical: string;
  meta: { name?: string; property?: string; httpEquiv?: string; content: string }[];
  links: { rel: string; href: string; type?: string; title?: string }[];
}

export function pageTitle(title: string, siteName: string): string {
  return title ? `${title} - ${siteName}` : siteName;
}

export function buildHead(page: PageMeta, site: SiteFacts): HeadTags {
  const canonical = absoluteUrl(page.path, site.url);
  const title = pageTitle(page.title, site.name);
  const type = page.type ?? 'website';
  const meta: HeadTags['meta'] = [
    { name: 'description', content: page.description },
    { name: 'robots', content: page.noindex ? 'noindex, follow' : 'index, follow, max-image-preview:large' },
    // Baidu: no transcoding of our pages into its own mobile versions; one URL for all devices.
    { httpEquiv: 'Cache-Control', content: 'no-transform' },
    { httpEquiv: 'Cache-Control', content: 'no-siteapp' },
    { name: 'applicable-device', content: 'pc,mobile' },
    { httpEquiv: 'content-language', content: 'zh-CN' },
    { property: 'og:type', content: type },
    { property: 'og:site_name', content: site.name },
    { property: 'og:locale', content: site.locale },
    { property: 'og:title', content: page.title || site.name },
    { property: 'og:description', content: page.description },
    { property: 'og:url', content: canonical },
    { name: 'twitter:card', content: page.image ? 'summary_large_image' : 'summary' },
    { name: 'twitter:title', content: page.title || site.name },
    { name: 'twitter:description', content: page.description },
  ];
  if (page.image) {
    const image = absoluteUrl(page.image.src, site.url);
    meta.push(
      { property: 'og:image', content: image },
      { property: 'og:image:type', content: page.image.type },
      { property: 'og:image:width', content: String(page.image.width) },
      { property: 'og:image:height', content: String(page.image.height) },
      { property: 'og:image:alt', content: page.image.alt },
      { name: 'twitter:image', content: image },
      { name: 'twitter:image:alt', content: page.image.alt },
    );
  }
  if (type === 'article' && page.published) {
    const published = toIsoShanghai(page.published);
    const modified = toIsoShanghai(page.modified ?? page.published);
    meta.push({ property: 'article:published_time', content: published }, { property: 'article:modified_time', content: modified });
    // 头条搜索's time-factor markup: the same moments as the visible dates and the sitemap.
    meta.push({ property: 'bytedance:published_time', content: published }, { property: 'bytedance:updated_time', content: modified });
  }
  for (const [engine, name] of Object.entries(VERIFICATION_META) as [VerificationEngine, string][]) {
    const value = site.verification?.[engine];
    if (value) meta.push({ name, content: value });
  }

  const links: HeadTags['links'] = [{ rel: 'canonical', href: canonical }];
  if (page.prev) links.push({ rel: 'prev', href: absoluteUrl(page.prev, site.url) });
  if (page.next) links.push({ rel: 'next', href: absoluteUrl(page.next, site.url) });
  links.push({ rel: 'alternate', type: 'application/rss+xml', title: site.name, href: absoluteUrl('/rss.xml', site.url) });
  return { title, canonical, meta, links };
}

/**
 * Baidu's landing-page time factor (百度搜索落地页时间因子规范): a JSON-LD block in Baidu's
 * cambrian context with pubDate and upDate as Beijing wall-clock time, YYYY-MM-DDThh:mm:ss.
 * Only detail pages (articles) carry publish and update times of their own.
 */
export function baiduTimeFactor(page: PageMeta, site: Pick<SiteFacts, 'url' | 'name'>): Record<string, string> | undefined {
  if (page.type !== 'article' || !page.published || page.noindex) return undefined;
  const local = (date: Date) => toIsoShanghai(date).slice(0, 19);
  return {
    '@context': 'https://ziyuan.baidu.com/contexts/cambrian.jsonld',
    '@id': absoluteUrl(page.path, site.url),
    title: page.title,
    description: page.description,
    pubDate: local(page.published),
    upDate: local(page.modified ?? page.published),
  };
}
