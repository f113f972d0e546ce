import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { bodiesApart } from './lib/article-bodies.ts';
import { fileSlug } from './lib/slug.ts';
import { articleSchema } from './schema/article.ts';
import { authorSchema } from './schema/author.ts';
import { channelSchema } from './schema/channel.ts';
import { categorySchema, tagSchema } from './schema/taxonomy.ts';
import { buildInputs } from './build-inputs.ts';

const { contentDir } = buildInputs();

// Cross-references, duplicate slugs and redirect clashes are checked before Astro runs
// (scripts/build.ts → src/schema/validate.ts), where the whole tree is visible at once.
const articles = defineCollection({
  loader: bodiesApart(
    glob({
      pattern: '**/*.{md,mdx}',
      base: `${contentDir}/articles`,
      generateId: ({ entry, data }) => (typeof data.slug === 'string' ? data.slug : fileSlug(entry)),
      // Markdown is kept only as rendered HTML: the raw bodies were 30% of the content store, which
      // every build writes and the page renderer loads whole (src/lib/data-store-from-file.ts); the
      // rendered ones are kept in files of their own for the same reason (src/lib/article-bodies.ts).
      retainBody: false,
    }),
  ),
  schema: ({ image }) => articleSchema(image),
});

const channels = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/channels`, generateId: ({ entry }) => entry.replace(/\.ya?ml$/, '') }),
  schema: channelSchema,
});

const authors = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/authors`, generateId: ({ entry }) => entry.replace(/\.ya?ml$/, '') }),
  schema: authorSchema,
});

const categories = defineCollection({
  loader: file(`${contentDir}/taxonomy/categories.yaml`),
  schema: categorySchema,
});

const tags = defineCollection({
  loader: file(`${contentDir}/taxonomy/tags.yaml`),
  schema: tagSchema,
});

export const collections = { articles, channels, authors, categories, tags };
