// Reading time from the rendered body, for Markdown and MDX alike: Astro's content store keeps
// Markdown only as HTML (content.config.ts), so the page cannot count the source. The number
// reaches the page as render()'s remarkPluginFrontmatter.readingMinutes.
import { defineHastPlugin } from 'satteri';
import { readingMinutes } from './reading-time.ts';

export const readingTime = defineHastPlugin({
  name: 'reading-time',
  after(root, ctx) {
    const astro = ctx.data.astro;
    if (astro) astro.frontmatter.readingMinutes = readingMinutes(ctx.textContent(root));
  },
});
