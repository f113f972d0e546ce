// Writes a synthetic corpus to disk next to copies of the real taxonomy, authors and channels,
// so every id in the generated frontmatter resolves exactly as in the real site.
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../../scripts/lib/read-content.ts';
import { harvestSentences, makeCorpus, toHugo, toMarkdown, type CorpusIds, type CorpusSource, type SyntheticArticle } from './corpus.ts';

function idsFrom(list: unknown): string[] {
  return Array.isArray(list) ? list.map((item) => (item as { id?: unknown }).id).filter((id): id is string => typeof id === 'string') : [];
}

function baseName(file: string): string {
  return file
    .split('/')
    .pop()!
    .replace(/\.ya?ml$/i, '');
}

/** Ids, prose and sources of the real content tree, the raw material of the corpus. */
export function readSeed(realContent: string): { ids: CorpusIds; sentences: string[]; sources: CorpusSource[] } {
  const real = readContent(realContent);
  const sources = new Map<string, CorpusSource>();
  for (const a of real.articles) {
    const list = (a.data as { sources?: CorpusSource[] } | undefined)?.sources ?? [];
    for (const s of list)
      if (typeof s.url === 'string' && !sources.has(s.title))
        sources.set(s.title, { title: s.title, url: s.url, ...(s.publisher ? { publisher: s.publisher } : {}) });
  }
  return {
    ids: {
      categories: idsFrom(real.categories?.data),
      tags: idsFrom(real.tags?.data),
      channels: real.channels.map((c) => baseName(c.file)),
      authors: real.authors.map((a) => baseName(a.file)),
    },
    sentences: harvestSentences(real.articles.map((a) => a.body ?? '')),
    sources: [...sources.values()],
  };
}

export interface WrittenCorpus {
  /** A content tree for scripts/build.ts (CONTENT_DIR). */
  content: string;
  /** Hugo's content dir with the same articles under articles/. */
  hugo: string;
  articles: SyntheticArticle[];
}

export function writeCorpus(realContent: string, dir: string, count: number, before: string, seed = 1): WrittenCorpus {
  rmSync(dir, { recursive: true, force: true });
  const content = join(dir, 'content');
  const hugo = join(dir, 'hugo');
  for (const sub of ['taxonomy', 'authors', 'channels']) {
    if (existsSync(join(realContent, sub))) cpSync(join(realContent, sub), join(content, sub), { recursive: true });
  }
  mkdirSync(join(content, 'articles'), { recursive: true });
  mkdirSync(join(hugo, 'articles'), { recursive: true });
  const seedData = readSeed(realContent);
  const articles = makeCorpus({ count, seed, before, ...seedData });
  for (const a of articles) {
    writeFileSync(join(content, 'articles', `${a.slug}.md`), toMarkdown(a));
    writeFileSync(join(hugo, 'articles', `${a.slug}.md`), toHugo(a));
  }
  return { content, hugo, articles };
}
