// Parses an article body once (Markdown + GFM, or MDX) and exposes what the rules need with
// positions: visible text, links and headings. Positions come from the parser, never from
// regexes over the whole file, so code blocks, link targets and JSX are never mistaken for text.
import type { Definition, Nodes, Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { parseMarkdown } from '../markdown-parse.ts';

/** Maps offsets in the body to 1-based file lines and columns. */
export interface Locator {
  at(offset: number): { line: number; column: number };
  /** A parser position (1-based within the body) as a file position. */
  point(point: { line: number; column: number } | undefined): { line: number; column: number };
}

export function locator(body: string, bodyLine = 1): Locator {
  const starts = [0];
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    at(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: bodyLine + lo, column: offset - starts[lo]! + 1 };
    },
    point(point) {
      return point ? { line: bodyLine + point.line - 1, column: point.column } : { line: bodyLine, column: 1 };
    },
  };
}

/** A run of visible text and how its characters map back to body offsets. */
export interface TextSpan {
  value: string;
  offset: (index: number) => number;
}

export interface BodyLink {
  url: string;
  text: string;
  /** The link wraps an image: its alt text names the link. */
  imageAlt?: string;
  offset: number;
  /** GFM turned a bare www.… or https://… in the text into this link. */
  literal: boolean;
}

export interface ParsedBody {
  tree?: Root;
  error?: { line: number; column: number; message: string };
  /** Each text node: the unit for rules about words. */
  texts: TextSpan[];
  /**
   * Each paragraph, heading and table cell as one text, across emphasis, links and GFM
   * literals (the unit for rules that read a clause: "支付公司POS官网 www.soupos.cn"). Code and
   * other opaque inline content become a line break, so words on either side never join.
   */
  blocks: TextSpan[];
  links: BodyLink[];
}

// Nodes whose inline content reads as one run of text.
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const BREAK = '\n';

/** Joins the spans of one block into one span; `BREAK` strings stand for opaque content. */
function joinSpans(parts: readonly (TextSpan | typeof BREAK)[]): TextSpan {
  const starts: number[] = [];
  let value = '';
  for (const part of parts) {
    starts.push(value.length);
    value += typeof part === 'string' ? part : part.value;
  }
  return {
    value,
    offset(index) {
      let i = starts.length - 1;
      while (i > 0 && starts[i]! > index) i--;
      // A break maps to the end of the span before it (or the start of the one after).
      let part = parts[i]!;
      let at = index - starts[i]!;
      if (typeof part === 'string') {
        const before = parts.slice(0, i).findLast((p): p is TextSpan => typeof p !== 'string');
        if (before) return before.offset(before.value.length);
        const after = parts.slice(i).find((p): p is TextSpan => typeof p !== 'string');
        if (!after) return 0;
        part = after;
        at = 0;
      }
      return part.offset(at);
    },
  };
}

// Never prose: code, raw HTML, MDX expressions and imports.
const OPAQUE = new Set(['code', 'inlineCode', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'definition', 'yaml']);

function aligner(body: string, start: number, end: number, value: string): (index: number) => number {
  const source = body.slice(start, end);
  if (source === value) return (index) => start + index;
  // Escapes, entities and the "> " of block quotes make the source longer than the value:
  // walk both, matching each character of the value to the next equal one in the source.
  const map: number[] = [];
  let cursor = 0;
  for (const ch of value) {
    const j = source.indexOf(ch, cursor);
    for (let k = 0; k < ch.length; k++) map.push(start + (j === -1 ? cursor : j + k));
    if (j !== -1) cursor = j + ch.length;
  }
  map.push(start + cursor);
  return (index) => map[Math.min(Math.max(index, 0), map.length - 1)]!;
}

export function parseBody(body: string, mdx: boolean): ParsedBody {
  let tree: Root;
  try {
    tree = parseMarkdown(body, mdx);
  } catch (error) {
    const e = error as {
      line?: number;
      column?: number;
      place?: { line?: number; column?: number; start?: { line: number; column: number } };
      reason?: string;
      message?: string;
    };
    const place =
      e.place && 'start' in e.place && e.place.start ? e.place.start : (e.place as { line?: number; column?: number } | undefined);
    const message = e.reason ?? e.message ?? String(error);
    // Some MDX errors carry their position only in the text: "… (3:1-3:17)".
    const inText = /\((\d+):(\d+)-\d+:\d+\)/.exec(message);
    return {
      error: {
        line: place?.line ?? e.line ?? (inText ? Number(inText[1]) : 1),
        column: place?.column ?? e.column ?? (inText ? Number(inText[2]) : 1),
        message,
      },
      texts: [],
      blocks: [],
      links: [],
    };
  }
  const definitions = new Map<string, Definition>();
  const texts: TextSpan[] = [];
  const blocks: TextSpan[] = [];
  const links: BodyLink[] = [];
  const walk = (node: Nodes, block: (TextSpan | typeof BREAK)[] | undefined) => {
    if (node.type === 'definition') definitions.set(node.identifier, node);
    if (OPAQUE.has(node.type)) {
      block?.push(BREAK);
      return;
    }
    if (node.type === 'text' && node.position) {
      const start = node.position.start.offset!;
      const span = { value: node.value, offset: aligner(body, start, node.position.end.offset!, node.value) };
      texts.push(span);
      block?.push(span);
      return;
    }
    if (!('children' in node)) return;
    const own = BLOCKS.has(node.type) ? [] : block;
    for (const child of node.children as Nodes[]) walk(child, own);
    if (own && own !== block && own.some((p) => typeof p !== 'string')) blocks.push(joinSpans(own));
  };
  walk(tree, undefined);
  const collectLinks = (node: Nodes) => {
    if (OPAQUE.has(node.type)) return;
    if (node.type === 'link' || node.type === 'linkReference') {
      const url = node.type === 'link' ? node.url : definitions.get(node.identifier)?.url;
      if (url !== undefined) {
        const image = node.children.find((c) => c.type === 'image' || c.type === 'imageReference');
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? start;
        const source = body.slice(start, end);
        links.push({
          url,
          text: textOf(node, { includeImageAlt: false }),
          imageAlt: image && 'alt' in image ? (image.alt ?? '') : undefined,
          offset: start,
          // A literal is written as its own text, not as [text](url) or <url>.
          literal: node.type === 'link' && !source.startsWith('[') && !source.startsWith('<'),
        });
      }
    }
    if ('children' in node) for (const child of node.children as Nodes[]) collectLinks(child);
  };
  collectLinks(tree);
  return { tree, texts, blocks, links };
}
