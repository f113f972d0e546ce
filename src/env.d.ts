// Set by the site-mode integration (src/site-mode.ts); absent means a build for readers.
interface ImportMetaEnv {
  readonly SITE_MODE?: import('./lib/published.ts').SiteMode;
}

/** The folder of rendered article bodies (astro.config.ts, src/lib/article-bodies.ts). */
declare const __ARTICLE_BODIES__: string;
