// The cache keys Astro's incremental build compares (experimental.incrementalBuild: a page whose
// key and template code are both unchanged is copied from the last build instead of rendered).
// A key must change whenever anything the page shows changes, so it is made of everything the
// page reads: the entries it renders or lists (by their content digest), and the site-wide part
// every page shows (the header's categories, registries, SITE, the channels' staleness today).
import { createHash } from 'node:crypto';

/** Anything the glue layer can name an entry by: its id and the digest Astro's loader gave it. */
export interface KeyedEntry {
  id: string;
  digest?: string | number;
  data?: unknown;
}

/** One short digest of the parts, in order. */
export function pageKey(...parts: readonly unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${JSON.stringify(part) ?? 'undefined'}\u0000`);
  return hash.digest('base64url').slice(0, 32);
}

/**
 * What identifies an entry's content: Astro's digest of its file when the loader made one,
 * otherwise its data (the registries' file() loader entries share one file's digest).
 */
export function entryKey(entry: KeyedEntry): unknown {
  return entry.digest === undefined ? [entry.id, entry.data] : [entry.id, entry.digest];
}
