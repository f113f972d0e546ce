// Tells the pages whether they are served by `astro dev` (editors preview drafts and scheduled
// articles) or built for readers: src/data/content.ts reads import.meta.env.SITE_MODE, and
// nothing else does. The answer comes from the command Astro runs, not from
// import.meta.env.DEV: Vite sets DEV whenever NODE_ENV is not "production", and Astro leaves a
// NODE_ENV that is already set alone, so `astro build` under NODE_ENV=test (Vitest) or
// NODE_ENV=development built drafts into the site.
import type { AstroIntegration } from 'astro';
import type { SiteMode } from './lib/published.ts';

export function siteMode(): AstroIntegration {
  return {
    name: 'site-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        const mode: SiteMode = command === 'dev' ? 'dev' : 'production';
        updateConfig({ vite: { define: { 'import.meta.env.SITE_MODE': JSON.stringify(mode) } } });
      },
    },
  };
}
