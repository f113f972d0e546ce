// The reference point for `npm run bench`: the least an Astro site can do with the corpus —
// one glob collection, one layout, one page per article, Astro's default Markdown pipeline.
// It runs on the root project's astro (no install of its own); paths come from the bench.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BENCH_OUT_DIR ?? './dist',
  cacheDir: process.env.BENCH_CACHE_DIR ?? './node_modules/.astro',
  vite: { cacheDir: process.env.BENCH_CACHE_DIR ? `${process.env.BENCH_CACHE_DIR}/vite` : undefined },
  build: { format: 'directory' },
  trailingSlash: 'always',
});
