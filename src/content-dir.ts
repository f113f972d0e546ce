// Where the editors' files live. Tests and benchmarks point CONTENT_DIR at a fixture tree.
export const contentDir = process.env.CONTENT_DIR ?? './content';
// Where builds keep what the next build can reuse (Astro's content store and images, search
// shards), relative to the project root. Tests and benchmarks give each site its own.
export const cacheRoot = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';
