// Site facts, in one place. Everything that builds an absolute URL reads SITE.url (via
// src/lib/urls.ts); SITE_URL in the environment overrides it for previews and production.
export const SITE = {
  name: 'POS知识站',
  tagline: '讲清楚POS机的激活、费用、维护与防骗',
  description: 'POS知识站：用有来源、标日期的文章，讲清楚POS机激活、长期未用、费率、押金、日常维护、防骗，以及如何通过正规渠道办理。',
  url: process.env.SITE_URL ?? 'https://pos.example.com',
  lang: 'zh-CN',
  locale: 'zh_CN',
  timezone: 'Asia/Shanghai',
  pageSize: 10,
  /** Category and tag pages with fewer published articles are noindex and out of the sitemap. */
  thinListingMin: Number(process.env.THIN_LISTING_MIN ?? 3),
  /** URLs per sitemap file: Toutiao (头条搜索) reads at most 10,000 from one file. */
  sitemapEntryLimit: 10_000,
  homeLatest: 12,
  feedSize: 20,
  /** Open external links in a new tab (off: readers on phones expect the back button to work). */
  externalLinksNewTab: false,
  /** A channel not re-checked for this many days shows a staleness notice. */
  channelStaleDays: 180,
  /** Optional UTM parameters per channel id, added to its outbound links (never to sources). */
  channelUtm: {} as Record<string, Record<string, string>>,
  /** Search-console ownership tags, if any (src/lib/seo.ts names the meta each engine reads). */
  verification: {
    baidu: process.env.BAIDU_SITE_VERIFICATION ?? '',
    google: process.env.GOOGLE_SITE_VERIFICATION ?? '',
    bing: process.env.BING_SITE_VERIFICATION ?? '',
    sogou: process.env.SOGOU_SITE_VERIFICATION ?? '',
    so360: process.env.SO360_SITE_VERIFICATION ?? '',
    shenma: process.env.SHENMA_SITE_VERIFICATION ?? '',
  },
  /**
   * Filing numbers a site served in mainland China shows in its footer: the ICP number (links
   * to beian.miit.gov.cn) and, once filed, the 公安备案 number with the badge image issued with
   * it (a file under public/). A production build without an ICP number warns.
   */
  filing: {
    icp: process.env.ICP_NUMBER ?? '',
    gongan: process.env.GONGAN_NUMBER ?? '',
    gonganBadge: process.env.GONGAN_BADGE ?? '',
  },
  /**
   * Where readers report an error: an e-mail address or an https page (src/lib/corrections.ts).
   * Shown on every article and the about page; a production build without it warns.
   */
  corrections: process.env.CORRECTIONS_ADDRESS ?? '',
  /** How often every article is re-checked against its sources, in months (about page). */
  reviewMonths: 6,
  /** Repository URL for "edit this page" links; empty hides them. */
  repoEditUrl: process.env.REPO_EDIT_URL ?? '',
} as const;

/** The site as JSON-LD's WebSite and Organization nodes describe it. */
export const GRAPH_SITE = { name: SITE.name, url: SITE.url, description: SITE.description, logo: '/icon-512.png' } as const;
