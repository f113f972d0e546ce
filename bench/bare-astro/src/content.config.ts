import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// No schema: the bare site only reads title and description, and must not pay for validation.
const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: process.env.BENCH_CONTENT_DIR ?? './content/articles' }),
});

export const collections = { articles };
