// Astro keeps the whole content store in its process, which outgrows Node's default heap limit
// long before 100,000 articles (README, "100,000 articles"). Its process
// may use half the machine's memory; Pagefind and the build script share the rest. A limit
// set by the user (NODE_OPTIONS) wins.
export function astroHeapArgs(totalMemoryBytes: number, nodeOptions = ''): string[] {
  if (/--max-old-space-size/.test(nodeOptions)) return [];
  return [`--max-old-space-size=${Math.max(4096, Math.floor(totalMemoryBytes / 2 / 2 ** 20))}`];
}
