// Search, in one folder: the documents made from the content (documents.ts), the word separation
// shared with the reader's browser (words.ts), the Pagefind index in shards with its cache
// (pagefind.ts) and the search page's script (browser.ts). The build calls indexSite(); tests
// and benchmarks reach the parts through the modules themselves.
import type { ValidContent } from '../schema/validate.ts';
import { searchSources } from './documents.ts';
import { buildSearchIndex, type IndexOptions } from './pagefind.ts';

/** Indexes every article published at `now` into `pagefindDir`, from the content (not the pages). */
export function indexSite(content: ValidContent, now: Date, pagefindDir: string, options: IndexOptions) {
  return buildSearchIndex(searchSources(content, now), pagefindDir, options);
}
