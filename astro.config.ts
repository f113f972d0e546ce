import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { SITE } from './src/config.ts';
import { currentBuild, publicationNow } from './src/build-inputs.ts';
import { editorTools } from './src/editor/index.ts';
import { bodiesDir } from './src/lib/article-bodies.ts';
import { dataStoreFromFile } from './src/lib/data-store-from-file.ts';
import { MARKDOWN_FEATURES } from './src/lib/markdown.ts';
import { astroCacheDir, configPlan, parseConfigPlan } from './src/lib/config-plan.ts';
import { toIsoShanghai } from './src/lib/dates.ts';
import { outboundLinks } from './src/lib/outbound-links.ts';
import { siteMode } from './src/site-mode.ts';
import { readingTime } from './src/lib/reading-time-plugin.ts';
import { renderedCheck } from './src/lib/rendered-check.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES, CSP_STYLE_RESOURCES } from './src/lib/security.ts';

// The sitemap needs per-URL lastmod and the noindex set, the Markdown pipeline the link policy;
// all come from the validated frontmatter (one linear pass), the same data and predicate the
// pages use: from scripts/build.ts, which has validated it, or derived here. The build's inputs
// come from src/build-inputs.ts, handed over by scripts/build.ts or read from the environment.
const { inputs, planFile } = currentBuild();
const { contentDir, cacheRoot } = inputs;
const { sitemap: plan, links: linkRegistry } = planFile ? parseConfigPlan(readFileSync(planFile, 'utf8')) : await derivePlan();

// Without the build script's plan (astro dev, astro check). Loaded only then: the validation
// modules cost ~0.4 s of every build's start-up.
async function derivePlan() {
  const [{ readContent }, { validateContent }] = await Promise.all([
    import('./scripts/lib/read-content.ts'),
    import('./src/schema/validate.ts'),
  ]);
  return configPlan(validateContent(readContent(contentDir)).content, publicationNow(inputs));
}

// One cache per link policy (src/lib/config-plan.ts).
const cacheDir = astroCacheDir(fileURLToPath(new URL('.', import.meta.url)), cacheRoot, linkRegistry);

export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  // The layout inlines the one stylesheet (src/styles/stylesheet.ts); any CSS a component may
  // bring is inlined too: no extra request, nothing that blocks rendering.
  // Four pages at a time: a page's render waits on file writes (the page and its copy in the
  // incremental cache), which overlap then (README, "Performance"). Output does not depend on the
  // order: the sitemap sorts its URLs.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_RESOURCES] },
      styleDirective: { resources: [...CSP_STYLE_RESOURCES] },
    },
  },
  markdown: {
    // Shiki colours code with inline styles, which the CSP forbids; articles need no highlighting.
    syntaxHighlight: false,
    // Sätteri (Rust) rather than unified: the remark/rehype pipeline was the largest single cost of
    // the build's CPU profile (`./site bench -- --profile`). MDX inherits this processor and its plugins.
    processor: satteri({
      features: MARKDOWN_FEATURES,
      hastPlugins: [outboundLinks({ registry: linkRegistry, newTab: SITE.externalLinksNewTab }), readingTime, renderedCheck],
    }),
  },
  vite: {
    // The dev server's pre-bundled dependencies live with the other caches, so a fixture site's
    // dev server (tests set ASTRO_CACHE_DIR) never rewrites the project's own.
    cacheDir: resolve(fileURLToPath(new URL('.', import.meta.url)), cacheRoot, 'vite'),
    plugins: [dataStoreFromFile(cacheDir)],
    // Where article pages read their rendered bodies back (src/lib/article-bodies.ts).
    define: { __ARTICLE_BODIES__: JSON.stringify(bodiesDir(cacheDir)) },
    build: {
      rollupOptions: {
        // Astro's own MDX output trips this bundler notice; it is not about our code or content.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  cacheDir,
  experimental: { incrementalBuild: true },
  integrations: [
    siteMode(),
    mdx(),
    // Dev only (the toolbar's 内容检查 and ./site edit's /admin/); a build gets nothing from it.
    editorTools(),
    sitemap({
      entryLimit: SITE.sitemapEntryLimit,
      namespaces: { news: false, xhtml: false, image: false, video: false },
      filter: (page) => !plan.exclude.has(new URL(page).pathname),
      serialize: (item) => {
        const date = plan.lastmod.get(new URL(item.url).pathname);
        return date ? { ...item, lastmod: toIsoShanghai(date) } : item;
      },
    }),
  ],
});
