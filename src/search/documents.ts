// The search index's input, made from the validated content instead of the built pages, so that
// Pagefind can index while Astro is still building (scripts/build.ts). One small HTML document
// (kept in memory: 10,000 of them are ~60 MB, and writing then deleting them as files cost ~6 s)
// per published article with what its page marks data-pagefind-body in src/layouts/Article.astro:
// the title, the body and the FAQ (the meta line, contents, channel box and sources are marked
// data-pagefind-ignore there). tests/build/search.test.ts compares the two.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { markdownToHtml } from 'satteri';
import { SITE } from '../config.ts';
import { outboundLinks } from '../lib/outbound-links.ts';
import { MARKDOWN_FEATURES } from '../lib/markdown.ts';
import { packageVersion } from '../lib/packages.ts';
import { isPublished } from '../lib/published.ts';
import { contentLinkRegistry, registryDigest, SPONSORED_LABEL, type LinkRegistry } from '../lib/rel.ts';
import type { ValidArticle, ValidContent } from '../schema/validate.ts';
import type { PageSource } from './pagefind.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

type Channels = ValidContent['channels'];

/** MDX without its module lines and figures (data-pagefind-ignore on the page), and each <Channel id> as the text its component shows. */
function markdownOf(article: ValidArticle, channels: Channels): string {
  if (!article.file.endsWith('.mdx')) return article.body;
  return article.body
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(/<(?:Flow|Timeline|Bars)\b[\s\S]*?\/>/g, '')
    .replace(/<Channel\s+id=["']([^"']+)["']\s*\/>/g, (_, id: string) => {
      const channel = channels.get(id);
      return channel ? `${escapeHtml(channel.name)}${channel.sponsored ? ` ${SPONSORED_LABEL}` : ''}` : '';
    });
}

export interface SearchContext {
  channels: Channels;
  /** The link policy the plugin below applies. */
  registry: LinkRegistry;
  /** The Markdown pipeline's link plugin, for the 广告 labels it adds to the text. */
  hastPlugins: ReturnType<typeof outboundLinks>[];
}

export function searchContext(content: ValidContent): SearchContext {
  const registry = contentLinkRegistry(content, SITE.url);
  return { channels: content.channels, registry, hastPlugins: [outboundLinks({ registry })] };
}

export function searchDocument(article: ValidArticle, context: SearchContext): string {
  const { title, faq } = article.data;
  const body = markdownToHtml(markdownOf(article, context.channels), {
    hastPlugins: context.hastPlugins,
    features: MARKDOWN_FEATURES,
  }).html;
  const faqHtml = faq.length
    ? `<h2>常见问题</h2><dl>${faq.map((f) => `<dt>${escapeHtml(f.q)}</dt><dd>${escapeHtml(f.a)}</dd>`).join('')}</dl>`
    : '';
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><article data-pagefind-body><h1 data-pagefind-meta="title:${escapeHtml(title)}">${escapeHtml(title)}</h1>${body}${faqHtml}</article></body></html>`;
}

// The code that makes a document, and the Markdown renderer's version: a change to either makes
// every document anew (the search index cache is keyed by documents, src/search/pagefind.ts).
const DOCUMENT_CODE = ['./documents.ts', '../lib/outbound-links.ts', '../lib/rel.ts', '../lib/markdown.ts'];

/** What a document is made from besides its article: the code, the renderer, the link policy and the channels. */
function contextKey({ registry, channels }: SearchContext): string {
  const hash = createHash('sha256').update(`satteri ${packageVersion('satteri')}\0`);
  for (const file of DOCUMENT_CODE) hash.update(readFileSync(new URL(file, import.meta.url))).update('\0');
  hash.update(registryDigest(registry));
  hash.update(JSON.stringify([...channels].map(([id, c]) => [id, c.name, c.sponsored])));
  return hash.digest('hex');
}

/**
 * Every article published at `now`, by slug: its search document, made only when asked for, and
 * a key that changes whenever the document would.
 */
export function searchSources(content: ValidContent, now: Date): Map<string, PageSource> {
  const context = searchContext(content);
  const shared = contextKey(context);
  const documents = new Map<string, PageSource>();
  for (const article of content.articles) {
    if (!isPublished(article.data, now)) continue;
    const { title, faq } = article.data;
    const key = createHash('sha256')
      .update(JSON.stringify([shared, article.file.endsWith('.mdx'), title, faq, article.body]))
      .digest('hex');
    documents.set(article.slug, { key, html: () => searchDocument(article, context) });
  }
  return documents;
}
