// Finds every URL the content points to, with the file and line an editor can jump to: channel
// and author `url`s, article `sources`, and links and images in Markdown/MDX bodies. Bodies are
// parsed (never scanned with a regex) so code blocks are not links and GFM autolinks are.
import { fromHtml } from 'hast-util-from-html';
import { parseMarkdown } from '../markdown-parse.ts';

/** Where a URL was written: decides which rules apply (https is required outside bodies). */
export type UseKind = 'channel' | 'author' | 'source' | 'link' | 'image';

export interface LinkUse {
  /** As written (trimmed). */
  url: string;
  file: string;
  line: number;
  kind: UseKind;
}

// Attributes of raw HTML or JSX that the browser follows or loads.
const URL_ATTRIBUTES: Record<string, UseKind> = { href: 'link', src: 'image' };

interface Node {
  type: string;
  url?: string;
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

export interface BodyParseError {
  line: number;
  message: string;
}

/**
 * URLs in one body. `bodyLine` is the file line the body starts on, so lines are file lines.
 * A body that does not parse (broken MDX) yields an error instead: the build reports it too.
 */
export function bodyLinks(
  body: string,
  options: { file: string; mdx: boolean; bodyLine?: number },
): { uses: LinkUse[]; error?: BodyParseError } {
  const offset = (options.bodyLine ?? 1) - 1;
  let tree: Node;
  try {
    tree = parseMarkdown(body, options.mdx) as Node;
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message?: string };
    const message = e.reason ?? e.message ?? String(error);
    // Some MDX errors (an unclosed tag) carry their place only in the text: "… (3:1-3:6)".
    const inText = /\((\d+):\d+-\d+:\d+\)/.exec(message);
    const line = e.place?.start?.line ?? e.place?.line ?? e.line ?? (inText ? Number(inText[1]) : 1);
    return { uses: [], error: { line: line + offset, message } };
  }
  const uses: LinkUse[] = [];
  const add = (url: string, line: number, kind: UseKind) => {
    const trimmed = url.trim();
    if (trimmed) uses.push({ url: trimmed, file: options.file, line, kind });
  };
  const walk = (node: Node) => {
    const line = (node.position?.start.line ?? 1) + offset;
    switch (node.type) {
      case 'link':
      case 'definition':
        // A reference link ([text][id]) points at its definition: the URL is written (and
        // fixed) there, so the definition is the use.
        add(node.url ?? '', line, 'link');
        break;
      case 'image':
        add(node.url ?? '', line, 'image');
        break;
      case 'html':
        htmlLinks(node.value ?? '', line, add);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const attribute of node.attributes ?? []) {
          const kind = attribute.type === 'mdxJsxAttribute' ? URL_ATTRIBUTES[attribute.name?.toLowerCase() ?? ''] : undefined;
          if (kind && typeof attribute.value === 'string') add(attribute.value, line, kind);
        }
        break;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return { uses };
}

function htmlLinks(html: string, line: number, add: (url: string, line: number, kind: UseKind) => void) {
  const walk = (node: {
    type: string;
    properties?: Record<string, unknown>;
    children?: unknown[];
    position?: { start: { line: number } };
  }) => {
    if (node.type === 'element') {
      for (const [name, kind] of Object.entries(URL_ATTRIBUTES)) {
        const value = node.properties?.[name];
        if (typeof value === 'string') add(value, line + (node.position?.start.line ?? 1) - 1, kind);
      }
    }
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(fromHtml(html, { fragment: true }));
}

/** 1-based line of the first line at or after `fromLine` that contains `value`. */
export function lineOfValue(raw: string, value: string, fromLine: number): number | undefined {
  const lines = raw.split(/\r?\n/);
  for (let i = Math.max(fromLine - 1, 0); i < lines.length; i++) if (lines[i]!.includes(value)) return i + 1;
  return undefined;
}

/** What readContent gives for one file (data as parsed, not validated: the check runs on broken content too). */
export interface ContentFile {
  file: string;
  data: unknown;
  lines?: Record<string, number>;
  body?: string;
  bodyLine?: number;
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** The `url` of a channel or author file. */
export function fileUrl(source: ContentFile, kind: 'channel' | 'author'): LinkUse[] {
  const url = record(source.data)?.url;
  return typeof url === 'string' && url.trim() ? [{ url: url.trim(), file: source.file, line: source.lines?.url ?? 1, kind }] : [];
}

/**
 * An article's `sources[].url`s. The reader only records top-level keys, so each URL is placed on
 * the first line below `sources:` (after the previous one) that contains it.
 */
export function sourceUrls(source: ContentFile, raw?: string): LinkUse[] {
  const sources = record(source.data)?.sources;
  if (!Array.isArray(sources)) return [];
  const keyLine = source.lines?.sources ?? 1;
  let cursor = keyLine;
  const uses: LinkUse[] = [];
  for (const item of sources) {
    const url = record(item)?.url;
    if (typeof url !== 'string' || !url.trim()) continue;
    const line = raw === undefined ? undefined : lineOfValue(raw, url.trim(), cursor);
    if (line !== undefined) cursor = line + 1;
    uses.push({ url: url.trim(), file: source.file, line: line ?? keyLine, kind: 'source' });
  }
  return uses;
}

export interface ContentLinks {
  uses: LinkUse[];
  /** Bodies that could not be parsed: their links are unknown. */
  errors: (BodyParseError & { file: string })[];
}

export function contentLinks(
  content: { articles: readonly ContentFile[]; channels: readonly ContentFile[]; authors: readonly ContentFile[] },
  raw: (file: string) => string | undefined = () => undefined,
): ContentLinks {
  const uses: LinkUse[] = [];
  const errors: ContentLinks['errors'] = [];
  for (const channel of content.channels) uses.push(...fileUrl(channel, 'channel'));
  for (const author of content.authors) uses.push(...fileUrl(author, 'author'));
  for (const article of content.articles) {
    uses.push(...sourceUrls(article, raw(article.file)));
    if (article.body === undefined) continue;
    const body = bodyLinks(article.body, { file: article.file, mdx: /\.mdx$/i.test(article.file), bodyLine: article.bodyLine });
    uses.push(...body.uses);
    if (body.error) errors.push({ file: article.file, ...body.error });
  }
  return { uses, errors };
}
